// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace samsyn {

class TeamFile;
class UserPrompts;
class WriteContext;
struct Document;

// Printing and saving a document from the GUI, shared by every view that prints (Möten,
// the participant card): one remembered printer for the application, the print preview,
// and "Save as PDF" through the prompts. Printing a participant's document is logged in the
// audit trail like the CLI does (LoggedPrint); the views only say what to print.
namespace DocumentPrinting {

// The application's one printer (A4 to start with), so a chosen printer and its options are
// remembered from one print to the next.
QPrinter &printer();

// Shows `document` in the print preview; true when the user printed it.
bool preview(const Document &document, QWidget *parent);

// Tests answer instead of the modal preview (true = "printed"); an empty handler restores
// the dialog.
using PreviewHandler = std::function<bool(const Document &document, QWidget *parent)>;
void setPreviewHandler(PreviewHandler handler);

// Previews and, when the user printed, records the print under the participant
// (LoggedPrint::record with `detail`, and `keep` in the same action). A failure is told
// through the prompts. True when printed and recorded.
bool previewLogged(TeamFile &team, UserPrompts &prompts, QWidget *parent, const QString &title, const Document &document,
                   const QString &detail, qint64 participantId, const std::function<void(WriteContext &)> &keep = {});

// Asks where through the prompts (suggesting `fileName` in the team file's folder, adding
// ".pdf" when missing), runs `write` (which returns the page count and throws samsyn::Error)
// and says what happened. True when the PDF was written.
bool savePdf(TeamFile &team, UserPrompts &prompts, QWidget *parent, const QString &title, const QString &fileName,
             const std::function<int(const QString &path)> &write);

} // namespace DocumentPrinting

} // namespace samsyn
