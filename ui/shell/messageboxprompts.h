// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "shell/userprompts.h"

#include <QCoreApplication>

namespace samsyn {

// The real UserPrompts: QMessageBox, QInputDialog and QFileDialog. Stateless; one instance
// lives in main() for the life of the application.
class MessageBoxPrompts final : public UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::MessageBoxPrompts)

public:
    void error(QWidget *parent, const QString &title, const QString &message, const QString &details = {}) override;
    void inform(QWidget *parent, const QString &title, const QString &message) override;
    bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &acceptText) override;
    int choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &folder) override;
    QString savePdfName(QWidget *parent, const QString &title, const QString &suggestedPath) override;
    QString saveCsvName(QWidget *parent, const QString &title, const QString &suggestedPath) override;
    QString existingFolder(QWidget *parent, const QString &title, const QString &folder) override;
};

} // namespace samsyn
