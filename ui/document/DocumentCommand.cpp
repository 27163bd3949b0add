#include "DocumentCommand.h"

#include "RegisterDocument.h"

#include "common/Translations.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

namespace trygg::ui {

DocumentCommand::DocumentCommand(RegisterDocument *document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

void DocumentCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(true);
}

void DocumentCommand::undo()
{
    if (m_undone) {
        m_undone = false;
        return;
    }
    run(false);
}

void DocumentCommand::run(bool forward)
{
    try {
        Transaction transaction(m_document->file().database());
        if (forward)
            QUndoCommand::redo();
        else
            QUndoCommand::undo();
        transaction.commit();
    } catch (const std::exception &error) {
        // Nothing was written. The stack moves on when this returns; the document moves it back over this
        // command, which then only flips its state, so that stack, file and window stay in step.
        (forward ? m_undone : m_applied) = true;
        m_document->stepFailed(forward, errorText(error));
    }
}

template <typename T> void RecordChange<T>::redo()
{
    const Id id = m_document->apply(m_before, m_after);
    if constexpr (requires(T record) { record.id; }) {
        // An added record keeps the id it got, so undo removes it and redo restores it under that id.
        if (m_after && m_after->id == 0)
            m_after->id = id;
    }
}

template <typename T> void RecordChange<T>::undo()
{
    m_document->apply(m_after, m_before);
}

MatrixVersionChange::MatrixVersionChange(RegisterDocument *document, RiskMatrix matrix, RegisterInfo before,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_matrix(std::move(matrix)), m_before(std::move(before))
{
    m_matrix.id = 0;
}

void MatrixVersionChange::redo()
{
    if (m_matrix.id == 0)
        m_matrix.id = m_document->storeMatrix(m_matrix);
    RegisterInfo after = m_before;
    after.currentMatrixId = m_matrix.id;
    m_document->apply<RegisterInfo>(m_before, after);
}

void MatrixVersionChange::undo()
{
    RegisterInfo after = m_before;
    after.currentMatrixId = m_matrix.id;
    m_document->apply<RegisterInfo>(after, m_before);
}

template class RecordChange<OrgUnit>;
template class RecordChange<Person>;
template class RecordChange<Asset>;
template class RecordChange<RiskAssessment>;
template class RecordChange<Risk>;
template class RecordChange<Measure>;
template class RecordChange<RegisterInfo>;
template class RecordChange<PolicyDocument>;
template class RecordChange<Review>;
template class RecordChange<RiskAcceptance>;
template class RecordChange<Approval>;
template class RecordChange<Incident>;
template class RecordChange<RuleException>;

} // namespace trygg::ui
