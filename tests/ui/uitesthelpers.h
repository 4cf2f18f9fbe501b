// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "shell/userprompts.h"
#include "testidentities.h"

#include <QList>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

namespace samsyn::test {

// Answers the prompts instead of a user and remembers what it was asked and told.
class AnsweringPrompts final : public UserPrompts
{
public:
    QStringList errorMessages;
    QStringList infoMessages;
    QStringList questions;
    bool confirmAnswer = false;
    int chooseAnswer = -1;
    QString pdfAnswer;
    QString csvAnswer;
    QString folderAnswer;

    void error(QWidget *, const QString &, const QString &message, const QString &) override { errorMessages << message; }
    void inform(QWidget *, const QString &, const QString &message) override { infoMessages << message; }
    bool confirm(QWidget *, const QString &, const QString &question, const QString &) override
    {
        questions << question;
        return confirmAnswer;
    }
    int choose(QWidget *, const QString &, const QString &, const QStringList &) override { return chooseAnswer; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    QString savePdfName(QWidget *, const QString &, const QString &) override { return pdfAnswer; }
    QString saveCsvName(QWidget *, const QString &, const QString &) override { return csvAnswer; }
    QString existingFolder(QWidget *, const QString &, const QString &) override { return folderAnswer; }
};

// QTest::keyClicks handles ASCII only; Swedish letters go in as text key events.
inline void typeInto(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// The named child widget; the test stops here if there is none.
template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

inline void screenshot(QWidget *widget, const QString &name)
{
    widget->grab().save(testOutputDir(QStringLiteral("screenshots")) + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace samsyn::test
