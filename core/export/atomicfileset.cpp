// SPDX-License-Identifier: EUPL-1.2
#include "export/atomicfileset.h"

#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace samsyn {

AtomicFileSet::AtomicFileSet(QString folder)
    : m_folder(std::move(folder))
{
}

AtomicFileSet::~AtomicFileSet()
{
    if (!m_committed)
        removeTemps();
}

void AtomicFileSet::add(const QString &name, const QByteArray &content)
{
    m_entries << Entry{name, content, {}, {}, false, false};
}

void AtomicFileSet::remove(const QString &name)
{
    m_entries << Entry{name, {}, {}, {}, false, true};
}

QString AtomicFileSet::path(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

void AtomicFileSet::prepare()
{
    if (m_prepared)
        return;
    if (!QFileInfo(m_folder).isDir())
        throw Error(ErrorCode::Missing, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(m_folder)));
    m_prepared = true;
    for (Entry &entry : m_entries) {
        if (entry.removal)
            continue;
        QTemporaryFile file(path(QStringLiteral(".%1.XXXXXX.tmp").arg(entry.name)));
        file.setAutoRemove(false);
        if (!file.open())
            throw Error(ErrorCode::IoError, tr("Cannot write in the folder %1: %2").arg(QDir::toNativeSeparators(m_folder), file.errorString()));
        entry.temp = file.fileName();
        if (file.write(entry.content) != entry.content.size() || !file.flush())
            throw Error(ErrorCode::IoError, tr("Cannot write %1: %2").arg(entry.name, file.errorString()));
        file.close();
    }
}

QStringList AtomicFileSet::commit()
{
    try {
        prepare();
        for (Entry &entry : m_entries) {
            const QString target = path(entry.name);
            if (QFileInfo::exists(target)) {
                // Beside a unique temporary name, so no file of the user's is in the way.
                entry.backup = (entry.removal ? target + QStringLiteral(".%1.removed").arg(QCoreApplication::applicationPid())
                                              : entry.temp + QStringLiteral(".old"));
                if (!QFile::rename(target, entry.backup)) {
                    entry.backup.clear();
                    throw Error(ErrorCode::IoError, tr("Cannot replace %1: is it open in another program?").arg(entry.name));
                }
            }
            if (entry.removal)
                continue;
            if (!QFile::rename(entry.temp, target))
                throw Error(ErrorCode::IoError, tr("Cannot write %1 in %2.").arg(entry.name, QDir::toNativeSeparators(m_folder)));
            entry.placed = true;
        }
    } catch (const Error &) {
        rollBack();
        throw;
    }
    m_committed = true;
    QStringList written;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.backup.isEmpty())
            QFile::remove(entry.backup);
        if (!entry.removal)
            written << path(entry.name);
    }
    return written;
}

void AtomicFileSet::rollBack()
{
    for (Entry &entry : m_entries) {
        const QString target = path(entry.name);
        if (entry.placed)
            QFile::remove(target);
        if (!entry.backup.isEmpty())
            QFile::rename(entry.backup, target);
        entry.placed = false;
        entry.backup.clear();
    }
    removeTemps();
}

void AtomicFileSet::removeTemps()
{
    for (Entry &entry : m_entries) {
        if (!entry.temp.isEmpty() && QFileInfo::exists(entry.temp))
            QFile::remove(entry.temp);
        entry.temp.clear();
    }
    m_prepared = false;
}

} // namespace samsyn
