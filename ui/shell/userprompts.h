// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QtGlobal>
#include <QStringList>

class QWidget;

namespace samsyn {

// Every question or message the shell puts to the user goes through this interface, so that
// tests can answer instead of a blocking dialog (KeePassXC's MessageBox pattern). The
// application uses MessageBoxPrompts; tests pass a recording fake.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;

    // Something went wrong; `details` (technical, for support) is shown only on request.
    virtual void error(QWidget *parent, const QString &title, const QString &message, const QString &details = {}) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &message) = 0;
    // A yes/no question; `acceptText` labels the button that says yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &acceptText) = 0;
    // Picks one of `items`; returns its index or -1 when cancelled.
    virtual int choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items) = 0;
    // An existing team file to open; empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &folder) = 0;
    // Where to save a PDF; empty when cancelled. Not pure, so existing fakes need not answer.
    virtual QString savePdfName(QWidget *parent, const QString &title, const QString &suggestedPath)
    {
        Q_UNUSED(parent);
        Q_UNUSED(title);
        Q_UNUSED(suggestedPath);
        return {};
    }
    // Where to save a CSV file; empty when cancelled.
    virtual QString saveCsvName(QWidget *parent, const QString &title, const QString &suggestedPath)
    {
        Q_UNUSED(parent);
        Q_UNUSED(title);
        Q_UNUSED(suggestedPath);
        return {};
    }
    // An existing folder to write files into; empty when cancelled.
    virtual QString existingFolder(QWidget *parent, const QString &title, const QString &folder)
    {
        Q_UNUSED(parent);
        Q_UNUSED(title);
        Q_UNUSED(folder);
        return {};
    }
};

} // namespace samsyn
