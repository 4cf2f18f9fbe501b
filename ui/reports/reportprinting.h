// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"
#include "reports/reportcontent.h"

#include <QCoreApplication>

#include <memory>

class QPrinter;
class QWidget;

namespace samsyn {

class UserPrompts;

// The output side of Rapporter: print preview on one remembered A4 QPrinter (so the
// printer and settings chosen once stay chosen while the view lives), and saving as PDF or
// CSV through the core (writePdf, ReportCsv) with the file name asked through UserPrompts.
// Errors are told through the prompts; nothing half-written is left behind (the core
// writes atomically).
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReportPrinting)

public:
    ReportPrinting(UserPrompts &prompts, QString folder);
    ~ReportPrinting();

    void preview(const Document &document, QWidget *parent);
    // The path written, or empty when cancelled or failed.
    QString savePdf(const Document &document, const QString &fileStem, QWidget *parent);
    QString saveCsv(const ReportContent &content, const QString &fileStem, QWidget *parent);

    QPrinter &printer();

private:
    QString ask(bool pdf, const QString &fileStem, QWidget *parent);

    UserPrompts &m_prompts;
    QString m_folder;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace samsyn
