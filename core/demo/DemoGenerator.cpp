// SPDX-License-Identifier: EUPL-1.2
#include "demo/DemoGenerator.h"

#include "cycle/Rounds.h"
#include "demo/DemoVocabulary.h"
#include "edit/Edit.h"
#include "matrix/Presets.h"

#include "risk/RiskRules.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trygg {
namespace {

using namespace demo;

// splitmix64 with our own range mapping: std::uniform_*_distribution differs between standard libraries,
// and the same seed must give the same register everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto &pick(const List &list) { return list[below(static_cast<int>(list.size()))]; }

private:
    std::uint64_t m_state;
};

// Appends " (2)", " (3)"... to `name` until `taken` no longer finds it; `used` counts earlier uses of the base.
template <typename Taken> void makeUnique(std::string &name, int &used, Taken taken)
{
    const std::size_t base = name.size();
    do {
        name.resize(base);
        if (used > 0)
            name += " (" + std::to_string(used + 1) + ")";
        ++used;
    } while (taken(name));
}

struct DemoAsset {
    Id id;
    bool manyPersons;
};

struct DemoAssessment {
    Id id;
    int unit;
    std::vector<DemoAsset> scope;
    std::vector<std::pair<Id, int>> risks; // risk id, threat
};

class DemoBuilder {
public:
    DemoBuilder(RegisterFile &file, const DemoOptions &options)
        : m_file(file), m_options(options), m_words(vocabularyFor(file.info().language)),
          m_matrix(file.matrix(file.info().currentMatrixId)), m_random(options.seed)
    {
        const Vocabulary &w = m_words;
        if (w.units.size() != UnitCount || w.laws.size() != UnitCount || w.roles.size() != 7 ||
            w.threats.size() != ThreatCount || w.measures.size() != ThreatCount || w.information.size() != 3)
            throw std::logic_error("incomplete demo vocabulary");
    }

    DemoSummary run()
    {
        Transaction transaction(m_file.database());
        addUnits();
        addPeople();
        addAssets();
        addAssessments();
        addRisks();
        addMeasures();
        if (m_options.rounds)
            addRounds();
        if (m_options.cycle)
            addCycle();
        transaction.commit();
        return m_summary;
    }

private:
    void addUnits()
    {
        for (std::string_view name : m_words.units) {
            const std::optional<Id> existing = m_file.findUnit(name);
            m_units.push_back(existing ? *existing : m_file.addUnit(OrgUnit{0, std::string(name), std::nullopt}));
            m_summary.units += existing ? 0 : 1;
        }
    }

    Id addPerson(std::string_view role, bool securityLeader, bool itResponsible)
    {
        const int lastCount = static_cast<int>(m_words.lastNames.size());
        const int first = m_random.below(static_cast<int>(m_words.firstNames.size()));
        const int last = m_random.below(lastCount);
        Person person{0, std::string(m_words.firstNames[first]), std::string(role), securityLeader, itResponsible};
        (person.name += ' ') += m_words.lastNames[last];
        makeUnique(person.name, m_nameUses[first * lastCount + last],
                   [&](const std::string &name) { return m_file.findPerson(name).has_value(); });
        ++m_summary.people;
        const Id id = m_file.addPerson(person);
        m_names[id] = person.name;
        return id;
    }

    // The chief executive and the security leader, then staff spread over the units. A unit's first person leads
    // it, and the IT unit's leader is the IT-responsible: 002 §20 keeps these roles apart.
    void addPeople()
    {
        m_nameUses.assign(m_words.firstNames.size() * m_words.lastNames.size(), 0);
        m_chief = addPerson(m_words.roles[0], false, false);
        m_securityLeader = addPerson(m_words.roles[1], true, false);
        const int staffCount = 2 * UnitCount + std::max(0, m_options.assets) / 5;
        for (int i = 0; i < staffCount; ++i) {
            const int unit = i % UnitCount;
            const bool leader = i < UnitCount;
            const auto role = leader ? m_words.roles[unit == UnitIt ? 2 : 3] : m_words.roles[4 + m_random.below(3)];
            m_staff[unit].push_back(addPerson(role, false, leader && unit == UnitIt));
        }
    }

    // Each unit cycles through its own systems and the common ones.
    void addAssets()
    {
        std::array<std::vector<int>, UnitCount> pools;
        for (int w = 0; w < static_cast<int>(m_words.assets.size()); ++w)
            for (int unit = 0; unit < UnitCount; ++unit)
                if (m_words.assets[w].unit == unit || m_words.assets[w].unit < 0)
                    pools[unit].push_back(w);
        std::array<std::size_t, UnitCount> next{};
        std::vector<int> uses(UnitCount * m_words.assets.size());
        Asset asset;
        for (int i = 0; i < m_options.assets; ++i) {
            const int unit = i < UnitCount ? i : m_random.below(UnitCount);
            const int w = pools[unit][next[unit]++ % pools[unit].size()];
            const AssetWord &word = m_words.assets[w];
            asset.name = word.name;
            makeUnique(asset.name, uses[unit * m_words.assets.size() + w],
                       [&](const std::string &name) { return m_file.findAsset(m_units[unit], name).has_value(); });
            asset.type = word.type;
            asset.unitId = m_units[unit];
            const std::vector<Id> &people = m_staff[unit];
            const int count = static_cast<int>(people.size());
            const int owner = m_random.chance(40) ? 0 : m_random.below(count);
            const int deputy = (owner + 1 + m_random.below(count - 1)) % count;
            asset.ownerId = m_random.chance(3) ? std::nullopt : std::optional<Id>(people[owner]);
            // 002 §12 stk. 6 wants a deputy for every system; some are left out so the register check finds them.
            const bool withoutDeputy = i % 12 == 1 || m_random.chance(4);
            asset.deputyId = withoutDeputy ? std::nullopt : std::optional<Id>(people[deputy]);
            asset.purpose = m_random.pick(m_words.purposes);
            asset.personalData = static_cast<PersonalData>(word.personal);
            asset.information = m_words.information[word.personal];
            asset.persons = std::nullopt;
            asset.legalBasis.clear();
            if (word.personal > 0) {
                asset.persons = m_random.chance(25) ? m_random.between(2000, 25000) : m_random.between(15, 1500);
                (asset.legalBasis = m_words.laws[unit]) += word.personal == 2 ? ", GDPR art. 9" : ", GDPR art. 6";
            }
            const int operatorIndex = m_random.below(static_cast<int>(m_words.operators.size()));
            asset.operatorName = m_words.operators[operatorIndex];
            asset.dataProcessingAgreement = operatorIndex > 0 && word.personal > 0 && !m_random.chance(12);
            asset.confidentiality = asset.integrity = asset.availability = std::nullopt;
            if (!m_random.chance(8)) {
                asset.confidentiality = std::min(ClassificationLevelMax, word.personal + m_random.between(0, 2));
                asset.integrity = m_random.between(1, ClassificationLevelMax);
                asset.availability = m_random.between(0, ClassificationLevelMax);
            }
            const bool restricted = word.personal > 0 || asset.confidentiality.value_or(0) >= 3;
            asset.classification = m_words.classifications[restricted ? 1 : 0];
            asset.archiving = m_random.pick(m_words.archiving);
            asset.safeguards = m_random.pick(m_words.safeguards);
            const int storages = static_cast<int>(m_words.storage.size());
            asset.storage =
                m_words.storage[word.type == AssetType::PaperArchive ? storages - 1 : m_random.below(storages - 1)];
            m_unitAssets[unit].push_back({m_file.addAsset(asset), asset.persons.value_or(0) > 1000});
            ++m_summary.assets;
        }
    }

    // One or two assessments per unit, each scoped to some of the unit's assets.
    void addAssessments()
    {
        for (int unit = 0; unit < UnitCount; ++unit) {
            const int count = m_options.rounds ? 1 : m_random.chance(50) ? 2 : 1;
            for (int k = 0; k < count; ++k) {
                RiskAssessment assessment;
                const int year = m_options.rounds ? 2023 : 2025 + k; // with rounds: the first of three
                (assessment.name = m_words.assessment) += ' ' + std::to_string(year);
                int uses = 0;
                makeUnique(assessment.name, uses, [&](const std::string &name) {
                    return m_file.findAssessment(m_units[unit], name).has_value();
                });
                assessment.unitId = m_units[unit];
                assessment.assessorId = m_staff[unit].front();
                assessment.date = Date{year, m_random.between(1, 12), m_random.between(1, 28)};
                const int roll = m_random.below(10);
                assessment.status = k == 0 ? (roll < 7 ? AssessmentStatus::Approved : AssessmentStatus::Submitted)
                                           : (roll < 6 ? AssessmentStatus::Draft : AssessmentStatus::Submitted);
                if (assessment.status == AssessmentStatus::Approved) {
                    assessment.approvedById = m_chief;
                    assessment.approvedOn = Date{year, std::min(12, assessment.date.month + 1), assessment.date.day};
                }
                DemoAssessment demo{0, unit, {}, {}};
                for (const DemoAsset &candidate : m_unitAssets[unit])
                    if (m_random.chance(60))
                        demo.scope.push_back(candidate);
                if (demo.scope.empty() && !m_unitAssets[unit].empty())
                    demo.scope.push_back(m_random.pick(m_unitAssets[unit]));
                for (const DemoAsset &member : demo.scope)
                    assessment.assetIds.push_back(member.id);
                demo.id = m_file.addAssessment(assessment);
                m_assessments.push_back(std::move(demo));
                ++m_summary.assessments;
            }
        }
    }

    // Positions are given, so that no line has to look up the last one of its assessment.
    void addRisks()
    {
        std::vector<int> positions(m_assessments.size());
        Risk risk;
        for (int r = 0; r < m_options.risks; ++r) {
            const int a = m_random.below(static_cast<int>(m_assessments.size()));
            DemoAssessment &assessment = m_assessments[a];
            const int threat = m_random.below(ThreatCount);
            risk.assessmentId = assessment.id;
            risk.position = ++positions[a];
            risk.threat = m_words.threats[threat];
            const DemoAsset *target = assessment.scope.empty() ? nullptr : &m_random.pick(assessment.scope);
            risk.assetId = target ? std::optional<Id>(target->id) : std::nullopt;
            risk.aspects = (threatTraits[threat] & AllAspects) | (m_random.chance(20) ? 1u << m_random.below(4) : 0u);
            risk.probability = m_random.between(1, m_matrix.probabilityLevels());
            risk.consequence = m_random.between(1, m_matrix.consequenceLevels());
            risk.manyAffected = m_random.chance(target && target->manyPersons ? 45 : 8);
            const int knowledge = m_random.below(10);
            risk.knowledge = knowledge < 2 ? Knowledge::Low : knowledge < 7 ? Knowledge::Medium : Knowledge::High;
            risk.existingMeasures = m_random.chance(20) ? std::string_view() : m_random.pick(m_words.existing);
            risk.residualProbability = risk.residualConsequence = std::nullopt;
            if (m_random.chance(40)) {
                risk.residualProbability = m_random.between(1, *risk.probability);
                risk.residualConsequence = m_random.between(1, *risk.consequence);
            }
            assessment.risks.emplace_back(m_file.addRisk(risk), threat);
            ++m_summary.risks;
            // Still in an unacceptable zone after measures: management may accept it (addCycle).
            if (const auto residual = residualScoreOf(m_matrix, risk);
                residual && aboveAcceptanceLine(m_matrix, *residual))
                m_unacceptableResiduals.push_back(assessment.risks.back().first);
        }
    }

    // Within an assessment, risks of one threat side by side, treated in groups of 1-3 by the usual measure for
    // the first one's threat; about a third of the risks are left without a measure.
    void addMeasures()
    {
        std::array<int, ThreatCount> uses{};
        Measure measure;
        for (DemoAssessment &assessment : m_assessments) {
            auto &risks = assessment.risks;
            std::stable_sort(risks.begin(), risks.end(),
                             [](const auto &x, const auto &y) { return x.second < y.second; });
            uses.fill(0);
            measure.assessmentId = assessment.id;
            for (std::size_t i = 0; i < risks.size();) {
                const std::size_t end = std::min<std::size_t>(i + m_random.between(1, 3), risks.size());
                if (m_random.below(3) == 0) {
                    i = end;
                    continue;
                }
                const int threat = risks[i].second;
                measure.what = m_words.measures[threat];
                makeUnique(measure.what, uses[threat], [&](const std::string &what) {
                    return m_file.findMeasure(measure.assessmentId, what).has_value();
                });
                const bool technical = (threatTraits[threat] & Technical) != 0 && m_random.chance(50);
                measure.responsibleId = technical ? m_staff[UnitIt].front() : m_random.pick(m_staff[assessment.unit]);
                measure.deadline = Date{m_random.between(2025, 2027), m_random.between(1, 12), m_random.between(1, 28)};
                const int roll = m_random.below(10);
                measure.status = roll < 4   ? MeasureStatus::Planned
                                 : roll < 7 ? MeasureStatus::InProgress
                                 : roll < 9 ? MeasureStatus::Done
                                            : MeasureStatus::Cancelled;
                measure.hours = m_random.between(2, 160);
                measure.cost = m_random.chance(40) ? 0.0 : m_random.between(1, 40) * 5000.0;
                measure.followUp = m_random.pick(m_words.followUps);
                measure.completed.reset();
                // Done up to two months before its deadline, in the demo's past (by its hours, so that the random
                // numbers drawn, and so the rest of the demo, stay as they were).
                if (measure.status == MeasureStatus::Done)
                    measure.completed =
                        std::min(measure.deadline->addDays(-static_cast<int>(measure.hours) % 60), Date{2026, 10, 28});
                measure.riskIds.clear();
                for (; i < end; ++i)
                    measure.riskIds.push_back(risks[i].first);
                m_file.addMeasure(measure);
                ++m_summary.measures;
            }
        }
    }

    // The next round of every assessment (issue 15): started from the last through the core's operation,
    // then reassessed as a unit does: lines treated and lowered, a few grown, some removed, new ones, measures
    // finished; with `confirmAll` false about a fifth of the lines are left carried over, not reassessed.
    void nextRound(int year, int month, bool confirmAll)
    {
        for (DemoAssessment &assessment : m_assessments) {
            RegisterData data = m_file.load();
            const RiskAssessment *from = RegisterData::findById(data.assessments, assessment.id);
            RiskAssessment next;
            next.name = std::string(m_words.assessment) + " " + std::to_string(year);
            next.assessorId = from->assessorId;
            next.date = Date{year, month, m_random.between(1, 28)};
            const Edit written = applyEdit(m_file, edits::startRound(data, assessment.id, next));
            data = m_file.load();
            const Id round = idOf(*written.records.front().after);
            std::vector<std::pair<Id, int>> lines;
            for (const Risk &risk : data.risks) {
                if (risk.assessmentId != round)
                    continue;
                const auto old = std::find_if(assessment.risks.begin(), assessment.risks.end(),
                                              [&](const auto &line) { return line.first == risk.carriedFromId; });
                const int threat = old != assessment.risks.end() ? old->second : 0;
                const int roll = m_random.below(100);
                Risk changed = risk;
                if (roll < 8 && !isTreated(data, risk.id)) {
                    m_file.removeRisk(risk.id); // no longer relevant: the system was replaced
                    continue;
                }
                if (roll < 40) { // treated: measures in place lower the probability
                    changed.probability = std::max(1, risk.probability.value_or(1) - m_random.between(1, 2));
                    changed.residualProbability.reset();
                    changed.residualConsequence.reset();
                } else if (roll < 48) { // grew: more users, more data, a worse threat picture
                    changed.probability = std::min(m_matrix.probabilityLevels(), risk.probability.value_or(0) + 1);
                    changed.consequence =
                        std::min(m_matrix.consequenceLevels(), risk.consequence.value_or(1) + m_random.below(2));
                }
                if (changed != risk)
                    m_file.updateRisk(changed);
                else if (confirmAll || m_random.chance(75))
                    m_file.updateRisk([&] {
                        Risk confirmed = risk;
                        confirmed.notReassessed = false;
                        return confirmed;
                    }());
                lines.emplace_back(risk.id, threat);
            }
            // New risks found in the round.
            const int fresh = std::max(1, static_cast<int>(lines.size()) / 7);
            for (int n = 0; n < fresh; ++n) {
                Risk risk;
                const int threat = m_random.below(ThreatCount);
                risk.assessmentId = round;
                risk.threat = m_words.threats[threat];
                const DemoAsset *target = assessment.scope.empty() ? nullptr : &m_random.pick(assessment.scope);
                risk.assetId = target ? std::optional<Id>(target->id) : std::nullopt;
                risk.aspects = threatTraits[threat] & AllAspects;
                risk.probability = m_random.between(2, m_matrix.probabilityLevels());
                risk.consequence = m_random.between(2, m_matrix.consequenceLevels());
                lines.emplace_back(m_file.addRisk(risk), threat);
            }
            // Measures that came along: most are finished during the round.
            for (const Measure &measure : m_file.load().measures)
                if (measure.assessmentId == round && !measureFinished(measure) && m_random.chance(60)) {
                    Measure done = measure;
                    done.status = MeasureStatus::Done;
                    done.completed = Date{year, month, 1}.addDays(14 + static_cast<int>(measure.hours) % 180);
                    m_file.updateMeasure(done);
                }
            assessment.id = round;
            assessment.risks = std::move(lines);
        }
    }

    static bool isTreated(const RegisterData &data, Id riskId)
    {
        return std::any_of(data.measures.begin(), data.measures.end(), [&](const Measure &measure) {
            return std::find(measure.riskIds.begin(), measure.riskIds.end(), riskId) != measure.riskIds.end();
        });
    }

    void addRounds()
    {
        // The 2023 round's measures were made then: some finished before 2025.
        for (const Measure &measure : m_file.load().measures) {
            Measure dated = measure;
            if (dated.deadline)
                dated.deadline = Date{2024, dated.deadline->month, dated.deadline->day};
            if (dated.completed && dated.deadline)
                dated.completed = std::min(*dated.deadline, Date{2024, dated.completed->month, dated.completed->day});
            if (dated != measure)
                m_file.updateMeasure(dated);
        }
        nextRound(2025, m_random.between(2, 10), true);
        nextRound(2027, m_random.between(1, 3), false);
        const RegisterData data = m_file.load();
        // Management accepted lines of the round in force when the acceptances are dated (2025 and 2026: the
        // 2025 round), so the trend shows them.
        m_unacceptableResiduals.clear();
        for (const Risk &risk : data.risks) {
            const RiskAssessment *round = RegisterData::findById(data.assessments, risk.assessmentId);
            if (!round || round->date.year != 2025)
                continue;
            if (const auto residual = residualScoreOf(m_matrix, risk);
                residual && aboveAcceptanceLine(m_matrix, *residual))
                m_unacceptableResiduals.push_back(risk.id);
        }
        m_summary.assessments = static_cast<int>(data.assessments.size());
        m_summary.risks = static_cast<int>(data.risks.size());
        m_summary.measures = static_cast<int>(data.measures.size());
    }

    // A date of 2025 or of 2026 up to October: the demo's past, whatever day it is made.
    Date pastDate()
    {
        const int year = m_random.between(2025, 2026);
        return Date{year, m_random.between(1, year == 2026 ? 10 : 12), m_random.between(1, 28)};
    }

    // The yearly cycle (002 §26-27, §79; 003 section 2): the municipality's policy documents reviewed by the
    // security leader, about half of the assets reviewed by their unit's leader, incidents across the units
    // and two approved exceptions, so that the due list, the incident register and the management review
    // have something to show.
    void addCycle()
    {
        const std::string &securityLeader = m_names.at(m_securityLeader);
        for (std::string_view name : m_words.policies) {
            std::optional<Id> id =
                Statement(m_file.database(), "SELECT id FROM policy_document WHERE name = ?1 AND unit_id IS NULL")
                    .bind(1, name)
                    .scalar();
            if (!id)
                id = m_file.addPolicyDocument({0, std::string(name), std::nullopt});
            m_file.addReview({0, ReviewKind::Policy, *id, Date{2025, m_random.between(9, 12), m_random.between(1, 28)},
                              securityLeader, ""});
        }
        for (int unit = 0; unit < UnitCount; ++unit)
            for (const DemoAsset &asset : m_unitAssets[unit])
                if (m_random.chance(50))
                    m_file.addReview(
                        {0, ReviewKind::Asset, asset.id, pastDate(), m_names.at(m_staff[unit].front()), ""});

        const int incidents = std::min(60, m_options.assets / 6 + (m_options.assets > 0 ? 1 : 0));
        for (int i = 0; i < incidents; ++i) {
            const int unit = m_random.below(UnitCount);
            const int type = m_random.below(IncidentTypeCount);
            Incident incident;
            incident.type = static_cast<IncidentType>(type);
            incident.discovered = DateTime{pastDate(), m_random.between(7, 16), m_random.below(60)};
            incident.unitId = m_units[unit];
            incident.reportedBy = m_names.at(m_random.pick(m_staff[unit]));
            incident.description = m_words.incidents[static_cast<std::size_t>(type)];
            incident.observed = m_random.pick(m_words.observed);
            const int severity = m_random.below(10);
            incident.severity = severity < 4   ? Severity::Low
                                : severity < 7 ? Severity::Medium
                                : severity < 9 ? Severity::High
                                               : Severity::Critical;
            const bool recent = incident.discovered.date >= Date{2026, 9, 1};
            incident.status = recent ? (m_random.chance(50) ? IncidentStatus::Open : IncidentStatus::Investigating)
                                     : (m_random.chance(85) ? IncidentStatus::Closed : IncidentStatus::Investigating);
            // 002 §80: the data protection authority within 72 hours; now and then a day too late.
            if (incident.type == IncidentType::PersonalDataBreach && m_random.chance(80)) {
                incident.authorityNotified = true;
                incident.notifiedAt = DateTime{incident.discovered.date.addDays(m_random.between(0, 4)),
                                               incident.discovered.hour, incident.discovered.minute};
            }
            if (!m_unitAssets[unit].empty())
                incident.assetIds = {m_random.pick(m_unitAssets[unit]).id};
            m_file.addIncident(incident);
        }

        // About a quarter of the residual risks above the acceptance line accepted by the chief executive
        // for a year; some of those acceptances have run out since.
        for (Id risk : m_unacceptableResiduals)
            if (m_random.chance(25)) {
                const Date date = pastDate();
                m_file.addAcceptance({0, risk, m_names.at(m_chief), std::string(m_words.roles[0]), date,
                                      std::string(m_words.acceptance), date.addMonths(12)});
            }

        for (std::size_t e = 0; e + 1 < m_words.exceptions.size(); e += 2) {
            RuleException exception;
            exception.rule = m_words.exceptions[e];
            exception.reason = m_words.exceptions[e + 1];
            exception.approvedBy = m_names.at(m_chief);
            exception.approvedOn = Date{2025, m_random.between(2, 11), m_random.between(1, 28)};
            exception.validUntil = Date{2026 + static_cast<int>(e / 2), 12, 31};
            exception.unitId = e == 0 ? std::nullopt : std::optional<Id>(m_units[UnitTechnical]);
            m_file.addException(exception);
        }
    }

    RegisterFile &m_file;
    const DemoOptions &m_options;
    const Vocabulary &m_words;
    const RiskMatrix m_matrix;
    Random m_random;
    DemoSummary m_summary;
    std::vector<Id> m_units;
    std::vector<int> m_nameUses;
    Id m_chief = 0;
    Id m_securityLeader = 0;
    std::map<Id, std::string> m_names; // of the people added
    std::vector<Id> m_unacceptableResiduals;
    std::array<std::vector<Id>, UnitCount> m_staff;
    std::array<std::vector<DemoAsset>, UnitCount> m_unitAssets;
    std::vector<DemoAssessment> m_assessments;
};

} // namespace

DemoSummary generateDemo(RegisterFile &file, const DemoOptions &options)
{
    return DemoBuilder(file, options).run();
}

std::string demoRegisterName(std::string_view preset)
{
    const std::string language = presetLanguage(preset);
    return language == "da"   ? "Eksempel Kommune"
           : language == "nb" ? "Eksempel kommune"
           : language == "sv" ? "Exempel kommun"
                              : "Example Municipality";
}

} // namespace trygg
