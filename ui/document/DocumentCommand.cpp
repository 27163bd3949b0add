// SPDX-License-Identifier: EUPL-1.2
#include "DocumentCommand.h"

#include "RegisterDocument.h"

#include "common/Translations.h"

namespace trygg::ui {

DocumentCommand::DocumentCommand(RegisterDocument *document, const QString &text, Edit written)
    : QUndoCommand(text), m_document(document), m_edit(std::move(written))
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
        if (forward)
            m_edit = m_document->write(m_edit);
        else
            m_document->write(m_edit.inverse());
    } catch (const std::exception &error) {
        // Nothing was written. The stack moves on when this returns; the document moves it back over this
        // command, which then only flips its state, so that stack, file and window stay in step.
        (forward ? m_undone : m_applied) = true;
        m_document->stepFailed(forward, error);
    }
}

} // namespace trygg::ui
