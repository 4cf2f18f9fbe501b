// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace samsyn {

// Writes several files into one folder as a unit: all of them appear, replacing older files
// of the same names, or none does and the old ones stay. Each file is written and flushed
// under a temporary name first; only then are the names swapped, and a failed swap is
// undone. Meant for small exports (the content is held in memory).
class AtomicFileSet
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::AtomicFileSet)

public:
    // The folder must exist; it is not created, so a mistyped path is reported, not made.
    explicit AtomicFileSet(QString folder);

    // `name` is a plain file name inside the folder.
    void add(const QString &name, const QByteArray &content);
    // A file of an earlier run that must not survive this one (it would contradict it);
    // removed with the others, put back if they fail. Nothing happens when it is absent.
    void remove(const QString &name);
    // Writes everything first (nothing visible yet), so a full disk changes nothing.
    // Throws samsyn::Error (IoError) when anything fails.
    void prepare();
    // Swaps the prepared files in (prepares first if needed). Throws samsyn::Error when
    // anything fails; the folder is then as it was. Returns the full paths written.
    QStringList commit();
    // Removes prepared temporary files when commit() is never reached.
    ~AtomicFileSet();

private:
    struct Entry
    {
        QString name;
        QByteArray content;
        QString temp;   // the written temporary file
        QString backup; // where an older file of the same name was set aside
        bool placed = false;
        bool removal = false;
    };

    QString path(const QString &name) const;
    void rollBack();
    void removeTemps();

    QString m_folder;
    QList<Entry> m_entries;
    bool m_prepared = false;
    bool m_committed = false;
};

} // namespace samsyn
