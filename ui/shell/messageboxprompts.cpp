// SPDX-License-Identifier: EUPL-1.2
#include "shell/messageboxprompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace samsyn {

void MessageBoxPrompts::error(QWidget *parent, const QString &title, const QString &message, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details); // QMessageBox adds the "Show Details..." expander
    box.exec();
}

void MessageBoxPrompts::inform(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Information, title, message, QMessageBox::Ok, parent);
    box.exec();
}

bool MessageBoxPrompts::confirm(QWidget *parent, const QString &title, const QString &question, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

int MessageBoxPrompts::choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(item)) : -1;
}

QString MessageBoxPrompts::openFileName(QWidget *parent, const QString &title, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, title, folder, tr("Samsyn team files (*.samsyn);;All files (*)"));
}

QString MessageBoxPrompts::savePdfName(QWidget *parent, const QString &title, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, tr("PDF documents (*.pdf)"));
}

QString MessageBoxPrompts::saveCsvName(QWidget *parent, const QString &title, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, tr("CSV files (*.csv)"));
}

QString MessageBoxPrompts::existingFolder(QWidget *parent, const QString &title, const QString &folder)
{
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

} // namespace samsyn
