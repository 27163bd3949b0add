// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "edit/Edit.h"

#include <QUndoCommand>

namespace trygg::ui {

class RegisterDocument;

// One user action on a register, as the core wrote it (an Edit): redo writes it again and undo writes its
// inverse, each in one transaction, so the file never holds half an action. The command carries the
// core's change; it knows no rule and no cascade.
class DocumentCommand : public QUndoCommand {
public:
    // `written`: the edit as applyEdit returned it when the document first wrote it; the stack's first
    // redo() (on push) is therefore skipped.
    DocumentCommand(RegisterDocument *document, const QString &text, Edit written);

    void redo() override;
    void undo() override;

private:
    void run(bool forward);
    RegisterDocument *m_document;
    Edit m_edit;
    // The file already is as the next redo() (undo()) would make it: the first redo, and after a failed
    // undo (redo), which wrote nothing, while the stack is moved back over this command.
    bool m_applied = true;
    bool m_undone = false;
};

} // namespace trygg::ui
