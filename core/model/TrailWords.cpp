// SPDX-License-Identifier: EUPL-1.2
#include "model/TrailWords.h"

#include "model/Tokens.h"
#include "model/ValueWords.h"

#include <map>
#include <regex>
#include <string>

// lupdate files these words under the window's context "trygg::ui::HistoryModel". The core has no Qt:
// the marker stands for the text itself.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
#ifndef QT_TRANSLATE_N_NOOP
#define QT_TRANSLATE_N_NOOP(context, text) text
#endif

namespace trygg {
namespace {

constexpr const char *Context = "trygg::ui::HistoryModel";

Message word(const char *english)
{
    return Message::pattern(Context, english, nullptr, std::nullopt, {});
}

bool isYesNo(std::string_view field)
{
    return field == "many_affected" || field == "many_affected_raises" || field == "security_leader" ||
           field == "it_responsible" || field == "authority_notified" || field == "dpa";
}

} // namespace

Message fieldWord(std::string_view field)
{
    static const std::map<std::string, const char *, std::less<>> words = {
        {"name", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Name")},
        {"language", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Language of reports")},
        {"created", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Created")},
        {"current_matrix_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Matrix in use")},
        {"review_rule", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Review rules")},
        {"uid", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Register identity")},
        {"policy_references", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "References to the policy")},
        {"classification_levels", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Classification levels")},
        {"classification_definitions",
         QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Definitions of the classification levels")},
        {"preset", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Preset")},
        {"many_affected_raises", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Many affected raises the consequence")},
        {"parent_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Parent unit")},
        {"role", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Role")},
        {"security_leader", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Security leader")},
        {"it_responsible", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "IT responsible")},
        {"type", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Type")},
        {"unit_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Unit")},
        {"owner_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Owner")},
        {"deputy_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Deputy")},
        {"purpose", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Purpose")},
        {"information", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Information held")},
        {"personal_data", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Personal data")},
        {"persons", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Persons registered")},
        {"legal_basis", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Legal basis")},
        {"notification", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Notification or licence")},
        {"operator", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Operator")},
        {"dpa", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Data processing agreement")},
        {"confidentiality", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Confidentiality")},
        {"integrity", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Integrity")},
        {"availability", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Availability")},
        {"classification", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Classification")},
        {"archiving", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Archiving and deletion")},
        {"safeguards", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Safeguards")},
        {"storage", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Storage and communication")},
        {"notes", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Notes")},
        {"assessor_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Assessor")},
        {"date", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Date")},
        {"status", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Status")},
        {"matrix_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Matrix")},
        {"approved_by_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Approved by")},
        {"approved_on", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Approved on")},
        {"assets", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Assets")},
        {"assessment_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Assessment")},
        {"asset_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Asset")},
        {"position", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Line")},
        {"threat", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "What can happen")},
        {"aspects", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Aspects")},
        {"probability", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Probability")},
        {"consequence", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Consequence")},
        {"many_affected", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Many affected")},
        {"knowledge", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Knowledge")},
        {"existing_measures", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Existing measures")},
        {"residual_probability", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Residual probability")},
        {"residual_consequence", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Residual consequence")},
        {"carried_from_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Carried over from")},
        {"not_reassessed", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Not reassessed")},
        {"previous_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Previous round")},
        {"frozen", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Closed round")},
        {"what", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Measure")},
        {"responsible_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Responsible")},
        {"deadline", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Deadline")},
        {"hours", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Hours")},
        {"cost", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Cost")},
        {"follow_up", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Follow-up")},
        {"completed", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Completed")},
        {"risks", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Risks")},
        {"kind", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Kind")},
        {"object_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Object")},
        {"reviewer", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Reviewed by")},
        {"note", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Note")},
        {"risk_id", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Risk")},
        {"accepted_by", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Accepted by")},
        {"justification", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Justification")},
        {"expires", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Expires")},
        {"subject", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Approval of")},
        {"approved_by", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Approved by")},
        {"fingerprint", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Content approved")},
        {"discovered", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Discovered")},
        {"reported_by", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Reported by")},
        {"description", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Description")},
        {"observed", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "What was seen")},
        {"severity", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Severity")},
        {"authority_notified", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Authority notified")},
        {"notified_at", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Authority notified at")},
        {"measures", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Measures")},
        {"rule", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Rule")},
        {"reason", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Reason")},
        {"valid_until", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Valid until")},
    };
    const auto it = words.find(field);
    return it == words.end() ? Message(std::string(field)) : word(it->second);
}

Message trailValueWord(const AuditEntry &entry, const std::string &value)
{
    const std::string &field = entry.field;
    const std::string &type = entry.objectType;
    if (isYesNo(field))
        if (const auto yes = parseBool(value))
            return yesNoWord(*yes);
    if (field == "personal_data")
        if (const auto personalData = parsePersonalData(value))
            return wordOf(*personalData);
    if (field == "knowledge")
        if (const auto knowledge = parseKnowledge(value))
            return wordOf(*knowledge);
    if (field == "type" && type == "asset")
        if (const auto assetType = parseAssetType(value))
            return wordOf(*assetType);
    if (field == "status" && type == "measure")
        if (const auto status = parseMeasureStatus(value))
            return wordOf(*status);
    if (field == "status" && type == "assessment")
        if (const auto status = parseAssessmentStatus(value))
            return wordOf(*status);
    // What an import did, as the core wrote it: "12 rows: 10 new, 2 updated[, 1 rows with problems skipped]".
    if (entry.action == "import") {
        static const std::regex counts(
            R"(^(\d+) rows?: (\d+) new, (\d+) updated(?:, (\d+) rows with problems skipped)?$)");
        if (std::smatch match;
            std::regex_match(value, match, counts) && match[1].length() < 10 && match[4].length() < 10) {
            Message text = Message::pattern(
                Context, QT_TRANSLATE_N_NOOP("trygg::ui::HistoryModel", "%n row(s): %1 new, %2 updated"), nullptr,
                std::stoll(match[1].str()), {Message(match[2].str()), Message(match[3].str())});
            if (match[4].matched) {
                const char *skipped =
                    QT_TRANSLATE_N_NOOP("trygg::ui::HistoryModel", ", %n row(s) with problems skipped");
                text = Message::pattern(
                    "trygg", "%1%2", nullptr, std::nullopt,
                    {text, Message::pattern(Context, skipped, nullptr, std::stoll(match[4].str()), {})});
            }
            return text;
        }
    }
    // What an acceptance was created with (storage/RecordKinds.h): "<accepted by> until <expires>".
    if (type == "acceptance" && field.empty()) {
        static constexpr std::string_view Until = " until ";
        if (const auto at = value.rfind(Until); at != std::string::npos)
            return Message::pattern(Context, QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "%1 until %2"), nullptr,
                                    std::nullopt,
                                    {Message(value.substr(0, at)), Message(value.substr(at + Until.size()))});
    }
    return Message(value);
}

} // namespace trygg
