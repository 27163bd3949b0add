#pragma once

#include "model/RegisterInfo.h"

#include <QUndoCommand>

#include <optional>

namespace trygg::ui {

class RegisterDocument;

// One user action on a register: its children change records; redo and undo run them in one
// transaction, so the file never holds half an action.
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(RegisterDocument *document, const QString &text);

    void redo() override;
    void undo() override;
    // The document has already applied the action when it pushes it: the stack's first redo() is skipped.
    void markApplied() { m_applied = true; }

private:
    void run(bool forward);
    RegisterDocument *m_document;
    // The file already is as the next redo() (undo()) would make it: a failed undo (redo) wrote nothing,
    // and the stack is moved back over this command without running it.
    bool m_applied = false;
    bool m_undone = false;
};

// Changes one record: adds it (no `before`), removes it (no `after`) or updates it (both).
template <typename T> class RecordChange : public QUndoCommand {
public:
    RecordChange(RegisterDocument *document, std::optional<T> before, std::optional<T> after, QUndoCommand *parent)
        : QUndoCommand(parent), m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void redo() override;
    void undo() override;
    // The record as written: an added record carries its id after the first redo().
    const std::optional<T> &after() const { return m_after; }

private:
    RegisterDocument *m_document;
    std::optional<T> m_before;
    std::optional<T> m_after;
};

// A new matrix version made current: the first redo stores it, and later ones only make it current
// again; undo makes the version before current again.
class MatrixVersionChange : public QUndoCommand {
public:
    MatrixVersionChange(RegisterDocument *document, RiskMatrix matrix, RegisterInfo before, QUndoCommand *parent);

    void redo() override;
    void undo() override;

private:
    RegisterDocument *m_document;
    RiskMatrix m_matrix;
    RegisterInfo m_before;
};

} // namespace trygg::ui
