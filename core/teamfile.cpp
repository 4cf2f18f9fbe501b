// SPDX-License-Identifier: EUPL-1.2
#include "teamfile.h"

#include "domain/teamsettings.h"
#include "storage/auditanchors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/pathclassifier.h"
#include "storage/settingsrepository.h"
#include "storage/sqliteerrors.h"
#include "util/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>

namespace samsyn {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::TeamFile)
};

void checkIdentity(qint32 applicationId, int version)
{
    if (applicationId != Database::kApplicationId)
        throw Error(ErrorCode::NotATeamFile, SqliteErrors::messageFor(ErrorCode::NotATeamFile));
    if (version > Migrator::latestVersion())
        throw Error(ErrorCode::NewerSchema, SqliteErrors::messageFor(ErrorCode::NewerSchema));
    if (version < 1)
        throw Error(ErrorCode::NotATeamFile, SqliteErrors::messageFor(ErrorCode::NotATeamFile));
}

// Identity and version from the header bytes, before SQLite opens the file at all. The
// header is only current when no WAL holds newer pages (another Samsyn has the file open,
// or one crashed); then the same checks run through SQLite once the file is ours.
void checkHeader(const QString &path)
{
    const Database::FileHeader header = Database::readHeader(path);
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return;
    checkIdentity(header.applicationId, header.userVersion);
}

// Identity and structure of an opened file, before anything is written to it.
void checkTeamFile(Database &db)
{
    const int version = db.userVersion();
    checkIdentity(db.applicationId(), version);
    const QStringList problems = db.check(false);
    if (!problems.isEmpty())
        throw Error(ErrorCode::Corrupt, SqliteErrors::messageFor(ErrorCode::Corrupt), problems.join(QLatin1Char('\n')));
    const QStringList differences = Migrator::schemaDifferences(db, version);
    if (!differences.isEmpty())
        throw Error(ErrorCode::Corrupt,
                    Tr::tr("The team file's structure was changed outside Samsyn, so it cannot be trusted. "
                           "Nothing was changed. Restore a backup."),
                    differences.join(QLatin1Char('\n')));
}

LockedError lockedError(const TeamLock &lock)
{
    const auto holder = lock.holder().value_or(LockHolder{});
    QString message = Tr::tr("The team file is open in another Samsyn: %1. Close it there first.").arg(holder.describe());
    if (!holder.sameHost)
        message += QLatin1Char(' ') + Tr::tr("If you are sure that nobody on %1 has it open, you may break the lock.").arg(holder.host);
    return LockedError(message, holder);
}

} // namespace

LockedError::LockedError(QString message, LockHolder holder)
    : Error(ErrorCode::Locked, std::move(message))
    , m_holder(std::move(holder))
{
}

TeamFile::TeamFile(const Clock &clock)
    : m_clock(clock)
    , m_undoStack(std::make_unique<QUndoStack>())
{
    qRegisterMetaType<samsyn::ChangeSet>();
}

TeamFile::~TeamFile()
{
    // Where the chain reached when this session ended, kept outside the file.
    if (m_db && !m_db->isReadOnly())
        AuditAnchors::of(*m_db).record(*m_db, m_clock.now(), QStringLiteral("close"));
    // The undo stack's commands refer to this file; drop them before the connection.
    m_undoStack.reset();
    m_writePath.reset();
    m_db.reset();
    m_lock.reset();
}

QString TeamFile::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString TeamFile::demoPath()
{
    return QDir(defaultFolder()).filePath(QStringLiteral("demo.samsyn"));
}

void TeamFile::attach(std::unique_ptr<Database> db, std::unique_ptr<TeamLock> lock)
{
    m_db = std::move(db);
    m_lock = std::move(lock);
    m_writePath = std::make_unique<WritePath>(
        *m_db, [this] { return m_clock.now(); }, [this] { return currentMemberName(); });
}

std::unique_ptr<TeamFile> TeamFile::open(const QString &path, const Clock &clock, const OpenOptions &options)
{
    std::unique_ptr<TeamFile> team(new TeamFile(clock));
    OpenReport &report = team->m_report;
    const QString absolute = QFileInfo(path).absoluteFilePath();

    bool readOnly = options.readOnly;
    switch (PathClassifier::classify(absolute)) {
    case PathKind::Network:
        readOnly = true;
        report.onNetworkShare = true;
        report.readOnlyReason = SqliteErrors::messageFor(ErrorCode::NetworkPath);
        break;
    case PathKind::CloudSynced:
        report.warnings << Tr::tr("The team file is in a cloud-synchronised folder. The sync program can replace or split "
                                  "the file while Samsyn writes to it. Keep it in this computer's data folder instead.");
        break;
    case PathKind::Local:
        break;
    }

    // Identity and version first, from the header bytes: a foreign file is refused before
    // SQLite or the lock touch anything beside it.
    checkHeader(absolute);

    const QFileInfo info(absolute);
    if (!readOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        readOnly = true;
        report.readOnlyReason = Tr::tr("The file or its folder is read-only, so the team file was opened read-only.");
    }

    std::unique_ptr<TeamLock> lock;
    if (!readOnly) {
        lock = std::make_unique<TeamLock>(absolute);
        TeamLock::Outcome outcome = lock->tryAcquire(clock.now());
        if (outcome == TeamLock::Outcome::HeldByOther) {
            const auto holder = lock->holder();
            if (options.breakForeignLock && holder && !holder->sameHost) {
                lock->breakForeignLock();
                outcome = lock->tryAcquire(clock.now());
            }
        }
        if (outcome == TeamLock::Outcome::HeldByOther)
            throw lockedError(*lock);
        if (outcome == TeamLock::Outcome::CannotCreate) {
            readOnly = true;
            report.readOnlyReason = Tr::tr("Samsyn could not mark the file as in use (no lock file could be written next to "
                                           "it), so it was opened read-only.");
            lock.reset();
        }
    }

    // Structure next, on the real connection but before anything is written: a damaged or
    // altered file is left exactly as it was.
    auto db = Database::openExisting(absolute, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    checkTeamFile(*db);
    db->enableWal();
    team->attach(std::move(db), std::move(lock));
    report.readOnly = readOnly;
    if (options.checkAnchors)
        team->checkAudit(readOnly || BackupService::dueToday(absolute, clock.now()));

    if (!readOnly) {
        const int version = team->m_db->userVersion();
        if (version < Migrator::latestVersion() && options.allowMigration) {
            report.backup = BackupService::take(*team->m_db, clock.now(), QStringLiteral("migration"));
            Migrator::migrate(*team->m_db);
            team->m_db->checkpoint();
            report.migratedFrom = version;
        } else if (options.backupAtOpen && BackupService::dueToday(absolute, clock.now())) {
            report.backup = BackupService::take(*team->m_db, clock.now(), QStringLiteral("open"));
        }
        if (report.backup) {
            BackupService::rotate(absolute, clock.now());
            AuditAnchors::of(*team->m_db).record(*team->m_db, clock.now(), QStringLiteral("backup"));
        }
    }
    return team;
}

std::unique_ptr<TeamFile> TeamFile::create(const QString &path, const TeamSetup &setup, const Clock &clock)
{
    const QStringList problems = setup.problems();
    if (!problems.isEmpty())
        throw Error(ErrorCode::Validation, problems.join(QLatin1Char('\n')));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (PathClassifier::classify(absolute) == PathKind::Network)
        throw Error(ErrorCode::NetworkPath, Tr::tr("A team file cannot be created on a network drive: two computers writing to "
                                                   "it can damage it. Choose a folder on this computer."));
    QDir().mkpath(QFileInfo(absolute).absolutePath());
    // Before the lock and the cleanup below: that cleanup must never remove someone's file.
    if (QFileInfo::exists(absolute))
        throw Error(ErrorCode::CannotOpen, Tr::tr("A file with that name already exists. Choose another name; nothing was overwritten."));

    auto lock = std::make_unique<TeamLock>(absolute);
    if (lock->tryAcquire(clock.now()) == TeamLock::Outcome::HeldByOther)
        throw lockedError(*lock);

    std::unique_ptr<TeamFile> team(new TeamFile(clock));
    auto db = Database::createNew(absolute); // refuses an existing file: nothing to clean up
    try {
        Migrator::migrate(*db);
        team->attach(std::move(db), std::move(lock));
        std::optional<qint64> me;
        team->write(QStringLiteral("team.create"), [&](WriteContext &ctx) { me = SettingsRepository::applySetup(ctx, setup); });
        team->setCurrentMember(me);
        // Put identity and schema into the main file now, so its header is right at rest.
        team->m_db->checkpoint();
    } catch (const Error &) {
        // A half-made file is worse than none: remove it, it never held anything.
        team.reset();
        db.reset();
        QFile::remove(absolute);
        QFile::remove(absolute + QStringLiteral("-wal"));
        throw;
    }
    return team;
}

std::unique_ptr<TeamFile> TeamFile::restore(const QString &path, const QString &backupPath, const Clock &clock)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString replaced;
    {
        TeamLock lock(absolute);
        if (lock.tryAcquire(clock.now()) != TeamLock::Outcome::Acquired)
            throw lockedError(lock);
        replaced = BackupService::restore(absolute, backupPath, clock.now());
    }
    OpenOptions options;
    options.checkAnchors = false;
    auto team = open(absolute, clock, options);
    team->m_report.replacedFile = replaced;
    // The restored chain ends where the backup's did: anchors past it are history now (the
    // restore itself is the next audit entry).
    const AuditLog::Verification chain = AuditLog::verify(*team->m_db);
    AuditAnchors::of(*team->m_db).forgetAfter(chain.headSeq);
    team->checkAudit(true);
    team->write(QStringLiteral("team.restore"), [&](WriteContext &ctx) {
        ctx.setDetail(QFileInfo(backupPath).fileName());
        ctx.touch(QStringLiteral("all"));
    });
    return team;
}

void TeamFile::checkAudit(bool full)
{
    const AuditAnchors::Check anchors = AuditAnchors::of(*m_db).check(*m_db);
    if (!anchors.ok) {
        m_report.auditProblem = true;
        m_report.warnings << anchors.message();
        return;
    }
    // Hashing every entry takes about a second per 300,000 (see the benchmark), so it is done
    // with the daily backup; other opens check what was written since the newest anchor.
    const AuditLog::Verification chain = full || !anchors.newest
                                              ? AuditLog::verify(*m_db)
                                              : AuditLog::verifyAfter(*m_db, anchors.newest->seq, anchors.newest->hash);
    if (!chain.ok) {
        m_report.auditProblem = true;
        m_report.warnings << Tr::tr("The audit log of this file was changed outside Samsyn (entry %1 does not match the "
                                    "entries before it). Tell the personal data controller.")
                                 .arg(chain.firstBadSeq.value_or(0));
    }
}

const QString &TeamFile::path() const
{
    return m_db->path();
}

Database &TeamFile::database()
{
    return *m_db;
}

bool TeamFile::isReadOnly() const
{
    return m_db->isReadOnly();
}

void TeamFile::setCurrentMember(std::optional<qint64> memberId)
{
    m_member = memberId;
    m_memberName.clear();
    if (memberId) {
        if (const auto member = SettingsRepository(*m_db).member(*memberId))
            m_memberName = member->name;
    }
}

QString TeamFile::currentMemberName() const
{
    return m_memberName;
}

ChangeSet TeamFile::write(const QString &action, const WritePath::Body &body, std::optional<qint64> participantId)
{
    const ChangeSet changes = m_writePath->run(action, body, participantId);
    Q_EMIT changed(changes);
    return changes;
}

void TeamFile::logView(qint64 participantId, const QString &what)
{
    if (isReadOnly())
        return; // a read-only file cannot record the access; the banner says it is read-only
    m_writePath->run(QStringLiteral("participant.view"), [&](WriteContext &ctx) { ctx.setDetail(what); }, participantId);
}

void TeamFile::saveCopyTo(const QString &targetPath)
{
    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    BackupService::writeVerifiedCopy(*m_db, targetPath);
}

std::optional<BackupInfo> TeamFile::lastBackup() const
{
    return BackupService::latest(m_db->path());
}

BackupInfo TeamFile::backupNow(const QString &reason)
{
    const BackupInfo info = BackupService::take(*m_db, m_clock.now(), reason);
    BackupService::rotate(m_db->path(), m_clock.now());
    AuditAnchors::of(*m_db).record(*m_db, m_clock.now(), QStringLiteral("backup"));
    Q_EMIT backupTaken(info);
    return info;
}

} // namespace samsyn
