#include "DbfsStore.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace brickdesk::emulator {

namespace {

const QString kResourceDoesNotExist = QStringLiteral("RESOURCE_DOES_NOT_EXIST");
const QString kResourceAlreadyExists = QStringLiteral("RESOURCE_ALREADY_EXISTS");
const QString kIoError = QStringLiteral("IO_ERROR");
const QString kPartialDelete = QStringLiteral("PARTIAL_DELETE");

ApiResponse notFound(const QString &path)
{
    return dbfsError(kResourceDoesNotExist, QStringLiteral("No file or directory exists on path ") +
                                                path + QLatin1Char('.'));
}

ApiResponse alreadyExists(const QString &path)
{
    return dbfsError(kResourceAlreadyExists,
                     QStringLiteral("A file or directory already exists at the input path ") +
                         path + QLatin1Char('.'));
}

ApiResponse ioError(const QString &message)
{
    return dbfsError(kIoError, message);
}

ApiResponse unknownHandle(qint64 handle)
{
    return dbfsError(kResourceDoesNotExist,
                     QStringLiteral("No open handle %1: it was closed, has expired after 10 "
                                    "minutes without use, or never existed.")
                         .arg(handle));
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString childPath(const QString &parent, const QString &name)
{
    return parent == QLatin1String("/") ? QString(QLatin1Char('/') + name)
                                        : QString(parent + QLatin1Char('/') + name);
}

DbfsFileInfo infoFor(const QString &path, const QFileInfo &file)
{
    DbfsFileInfo info;
    info.path = path;
    info.isDir = file.isDir();
    info.size = info.isDir ? 0 : file.size();
    info.modificationTime = file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
    return info;
}

bool renamePath(const QString &from, const QString &to)
{
    // rename(2): atomic, and replaces an existing file (QFile::rename would refuse).
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

ApiResponse dbfsError(const QString &errorCode, const QString &message)
{
    int status = 400;
    if (errorCode == kResourceDoesNotExist)
        status = 404;
    else if (errorCode == kPartialDelete)
        status = 503;
    return ApiResponse::error(status, errorCode, message);
}

std::optional<ApiResponse> normaliseDbfsPath(const QString &path, QString *normalised)
{
    QString text = path;
    if (text.startsWith(QLatin1String("dbfs:")))
        text.remove(0, 5);
    if (text.isEmpty())
        return ApiResponse::invalidParameter(QStringLiteral("The path must not be empty."));
    if (!text.startsWith(QLatin1Char('/'))) {
        return ApiResponse::invalidParameter(QStringLiteral("Path must be absolute: ") + path +
                                             QLatin1Char('.'));
    }
    if (text.contains(QChar(u'\0')))
        return ApiResponse::invalidParameter(QStringLiteral("Invalid path: ") + path);
    QStringList kept;
    const QStringList segments = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            return ApiResponse::invalidParameter(QStringLiteral("Path must not contain '..': ") +
                                                 path + QLatin1Char('.'));
        }
        kept.append(segment);
    }
    *normalised = QLatin1Char('/') + kept.join(QLatin1Char('/'));
    return std::nullopt;
}

DbfsStore::DbfsStore(const QString &stateDir)
    : m_stateDir(stateDir)
    // Handles from an earlier run of the emulator must not match new ones by chance.
    , m_nextHandle(QDateTime::currentMSecsSinceEpoch())
{}

DbfsStore::~DbfsStore()
{
    // Unfinished uploads leave nothing behind.
    for (auto &[handle, upload] : m_uploads)
        upload.blob->remove();
}

bool DbfsStore::open(QString *error)
{
    if (m_open)
        return true;
    QString base;
    if (m_stateDir.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>();
        if (!m_temporary->isValid()) {
            *error = QStringLiteral("Cannot create a temporary folder for DBFS: ") +
                     m_temporary->errorString();
            return false;
        }
        base = m_temporary->path();
        m_root = QDir(base).absoluteFilePath(QStringLiteral("dbfs"));
        m_uploadsDir = QDir(base).absoluteFilePath(QStringLiteral("uploads"));
    } else {
        base = QDir(m_stateDir).absolutePath();
        m_root = QDir(base).absoluteFilePath(QStringLiteral("dbfs"));
        // Beside the tree, on the same file system so that close is a rename. Uploads do not
        // survive a restart (neither do their handles).
        m_uploadsDir = QDir(base).absoluteFilePath(QStringLiteral("dbfs-uploads"));
        QDir(m_uploadsDir).removeRecursively();
    }
    m_root = QDir::cleanPath(m_root);
    if (!QDir().mkpath(m_root) || !QDir().mkpath(m_uploadsDir)) {
        *error = QStringLiteral("Cannot create the DBFS folders under ") + base;
        return false;
    }
    m_open = true;
    return true;
}

bool DbfsStore::isEmpty() const
{
    return QDir(m_root).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                QDir::System);
}

QString DbfsStore::localPath(const QString &dbfsPath) const
{
    return dbfsPath == QLatin1String("/") ? m_root : QString(m_root + dbfsPath);
}

void DbfsStore::setDeleteBatchSize(int size)
{
    m_deleteBatchSize = std::max(1, size);
}

void DbfsStore::setHandleIdleTimeoutMs(qint64 timeoutMs)
{
    m_idleTimeoutMs = std::max<qint64>(0, timeoutMs);
}

std::optional<ApiResponse> DbfsStore::status(const QString &path, DbfsFileInfo *info) const
{
    const QFileInfo file(localPath(path));
    if (!file.exists())
        return notFound(path);
    *info = infoFor(path, file);
    return std::nullopt;
}

std::optional<ApiResponse> DbfsStore::list(const QString &path, QList<DbfsFileInfo> *entries) const
{
    const QString local = localPath(path);
    const QFileInfo file(local);
    if (!file.exists())
        return notFound(path);
    entries->clear();
    if (!file.isDir()) {
        entries->append(infoFor(path, file));
        return std::nullopt;
    }
    QDirIterator it(local, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        it.next();
        const QFileInfo child = it.fileInfo();
        entries->append(infoFor(childPath(path, child.fileName()), child));
    }
    std::sort(entries->begin(), entries->end(),
              [](const DbfsFileInfo &a, const DbfsFileInfo &b) { return a.path < b.path; });
    return std::nullopt;
}

std::optional<ApiResponse> DbfsStore::read(const QString &path, qint64 offset, qint64 length,
                                           QByteArray *data) const
{
    const QString local = localPath(path);
    const QFileInfo info(local);
    if (!info.exists())
        return notFound(path);
    if (info.isDir()) {
        return ApiResponse::invalidParameter(QStringLiteral("Cannot read from ") + path +
                                             QStringLiteral(": it is a directory."));
    }
    QFile file(local);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("Cannot read ") + path + QLatin1Char('.'));
    const qint64 size = file.size();
    if (offset >= size || length <= 0)
        return std::nullopt;
    const qint64 wanted = std::min(length, size - offset);
    if (!file.seek(offset))
        return ioError(QStringLiteral("Cannot read ") + path + QLatin1Char('.'));
    const qsizetype start = data->size();
    data->resize(start + wanted);
    const qint64 got = file.read(data->data() + start, wanted);
    if (got < 0)
        return ioError(QStringLiteral("Cannot read ") + path + QLatin1Char('.'));
    data->resize(start + got);
    return std::nullopt;
}

std::optional<ApiResponse> DbfsStore::mkdirs(const QString &path)
{
    QString dbfsPath;
    QString local = m_root;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        dbfsPath += QLatin1Char('/') + segment;
        local += QLatin1Char('/') + segment;
        const QFileInfo info(local);
        if (info.isDir())
            continue;
        if (info.exists()) {
            return dbfsError(kResourceAlreadyExists, QStringLiteral("Cannot create directory ") +
                                                         path + QStringLiteral(" because ") +
                                                         dbfsPath +
                                                         QStringLiteral(" is an existing file."));
        }
        if (!QDir().mkdir(local))
            return ioError(QStringLiteral("Cannot create directory ") + dbfsPath +
                           QLatin1Char('.'));
    }
    return std::nullopt;
}

std::optional<ApiResponse> DbfsStore::makeParents(const QString &path)
{
    return mkdirs(parentOf(path));
}

std::optional<ApiResponse> DbfsStore::checkWritable(const QString &path, bool overwrite) const
{
    const QFileInfo info(localPath(path));
    if (info.exists() && (info.isDir() || !overwrite))
        return alreadyExists(path);
    return std::nullopt;
}

// Post-order, stopping when the budget is spent. True when the folder itself is gone.
bool DbfsStore::removeTree(const QString &localDir, int *budget, int *removed)
{
    QDirIterator it(localDir,
                    QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        const QString child = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink()) {
            if (!removeTree(child, budget, removed))
                return false;
            continue;
        }
        if (*budget <= 0 || !QFile::remove(child))
            return false;
        --*budget;
        ++*removed;
    }
    if (*budget <= 0 || !QDir().rmdir(localDir))
        return false;
    --*budget;
    ++*removed;
    return true;
}

std::optional<ApiResponse> DbfsStore::remove(const QString &path, bool recursive)
{
    if (path == QLatin1String("/"))
        return ApiResponse::invalidParameter(QStringLiteral("Cannot delete the root directory."));
    const QString local = localPath(path);
    const QFileInfo info(local);
    if (!info.exists())
        return std::nullopt; // the service succeeds for a missing path
    if (!info.isDir()) {
        if (!QFile::remove(local))
            return ioError(QStringLiteral("Cannot delete ") + path + QLatin1Char('.'));
        return std::nullopt;
    }
    if (!recursive) {
        if (!QDir(local).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                 QDir::System)) {
            return ioError(QStringLiteral("Cannot delete the non-empty directory ") + path +
                           QStringLiteral(" without recursive=true."));
        }
        if (!QDir().rmdir(local))
            return ioError(QStringLiteral("Cannot delete ") + path + QLatin1Char('.'));
        return std::nullopt;
    }
    // The service deletes a large tree in batches: it answers 503 PARTIAL_DELETE after each one
    // and the client repeats the call until it succeeds.
    int budget = m_deleteBatchSize;
    int removed = 0;
    if (removeTree(local, &budget, &removed))
        return std::nullopt;
    if (budget > 0) // stopped by a failure, not by the batch size
        return ioError(QStringLiteral("Cannot delete everything under ") + path + QLatin1Char('.'));
    return dbfsError(kPartialDelete,
                     QStringLiteral("The requested operation has deleted %1 files. There are "
                                    "more files remaining. You must make another request to "
                                    "delete more.")
                         .arg(removed));
}

std::optional<ApiResponse> DbfsStore::move(const QString &source, const QString &destination)
{
    if (source == QLatin1String("/") || destination == QLatin1String("/"))
        return ApiResponse::invalidParameter(QStringLiteral("Cannot move the root directory."));
    const QString from = localPath(source);
    if (!QFileInfo::exists(from))
        return notFound(source);
    const QString to = localPath(destination);
    if (QFileInfo::exists(to))
        return alreadyExists(destination);
    if (destination.startsWith(source + QLatin1Char('/'))) {
        return ApiResponse::invalidParameter(QStringLiteral("Cannot move ") + source +
                                             QStringLiteral(" into itself."));
    }
    if (auto error = makeParents(destination))
        return error;
    if (!renamePath(from, to)) {
        return ioError(QStringLiteral("Cannot move ") + source + QStringLiteral(" to ") +
                       destination + QLatin1Char('.'));
    }
    return std::nullopt;
}

QString DbfsStore::newBlobPath()
{
    return m_uploadsDir + QStringLiteral("/upload-") + QString::number(++m_nextBlob);
}

std::optional<ApiResponse> DbfsStore::placeFile(const QString &blobPath, const QString &path,
                                                bool overwrite)
{
    std::optional<ApiResponse> error = makeParents(path);
    if (!error)
        error = checkWritable(path, overwrite);
    if (!error && !renamePath(blobPath, localPath(path)))
        error = ioError(QStringLiteral("Cannot write ") + path + QLatin1Char('.'));
    if (error)
        QFile::remove(blobPath);
    return error;
}

std::optional<ApiResponse> DbfsStore::write(const QString &path, bool overwrite,
                                            const QByteArray &data)
{
    if (auto error = checkWritable(path, overwrite))
        return error;
    const QString blobPath = newBlobPath();
    QFile blob(blobPath);
    if (!blob.open(QIODevice::WriteOnly) || blob.write(data) != data.size()) {
        blob.remove();
        return ioError(QStringLiteral("Cannot write ") + path + QLatin1Char('.'));
    }
    blob.close();
    return placeFile(blobPath, path, overwrite);
}

void DbfsStore::expireIdleUploads()
{
    for (auto it = m_uploads.begin(); it != m_uploads.end();) {
        if (it->second.idle.hasExpired(m_idleTimeoutMs)) {
            it->second.blob->remove();
            it = m_uploads.erase(it);
        } else {
            ++it;
        }
    }
}

std::optional<ApiResponse> DbfsStore::create(const QString &path, bool overwrite, qint64 *handle)
{
    expireIdleUploads();
    if (auto error = checkWritable(path, overwrite))
        return error;
    if (auto error = makeParents(path))
        return error;
    Upload upload;
    upload.path = path;
    upload.overwrite = overwrite;
    upload.blob = std::make_unique<QFile>(newBlobPath());
    if (!upload.blob->open(QIODevice::WriteOnly))
        return ioError(QStringLiteral("Cannot create ") + path + QLatin1Char('.'));
    upload.idle.start();
    *handle = ++m_nextHandle;
    m_uploads.emplace(*handle, std::move(upload));
    return std::nullopt;
}

std::optional<ApiResponse> DbfsStore::addBlock(qint64 handle, const QByteArray &data)
{
    expireIdleUploads();
    const auto it = m_uploads.find(handle);
    if (it == m_uploads.end())
        return unknownHandle(handle);
    Upload &upload = it->second;
    if (upload.blob->write(data) != data.size())
        return ioError(QStringLiteral("Cannot write to ") + upload.path + QLatin1Char('.'));
    upload.idle.start();
    return std::nullopt;
}

std::optional<ApiResponse> DbfsStore::close(qint64 handle)
{
    expireIdleUploads();
    const auto it = m_uploads.find(handle);
    if (it == m_uploads.end())
        return unknownHandle(handle);
    const QString path = it->second.path;
    const bool overwrite = it->second.overwrite;
    const QString blobPath = it->second.blob->fileName();
    const bool flushed = it->second.blob->flush();
    it->second.blob->close();
    m_uploads.erase(it);
    if (!flushed) {
        QFile::remove(blobPath);
        return ioError(QStringLiteral("Cannot write ") + path + QLatin1Char('.'));
    }
    return placeFile(blobPath, path, overwrite);
}

std::optional<ApiResponse> DbfsStore::generateFolder(const QString &path, int entryCount)
{
    if (auto error = mkdirs(path))
        return error;
    const QString local = localPath(path);
    if (!QFileInfo(local).isDir())
        return alreadyExists(path);
    const auto failed = [&path] {
        return ioError(QStringLiteral("Cannot create the files under ") + path + QLatin1Char('.'));
    };
    const int dir =
        ::open(QFile::encodeName(local).constData(), O_DIRECTORY | O_RDONLY | O_CLOEXEC);
    if (dir < 0)
        return failed();
    // Each entry is a hard link to one empty file beside the tree: creating 100,000 inodes takes
    // many seconds on some disks, a link a few microseconds. The entries stay independent because
    // the store never writes into an existing file: put and close rename a new file into place,
    // delete and move work on the name. A new empty file every 50,000 links stays below the
    // file systems' link limits (ext4: 65,000).
    QByteArray seed;
    int links = 0;
    const auto newSeed = [this, &seed, &links] {
        if (!seed.isEmpty())
            ::unlink(seed.constData());
        seed = QFile::encodeName(newBlobPath());
        links = 0;
        const int fd = ::open(seed.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd >= 0)
            ::close(fd);
        return fd >= 0;
    };
    bool ok = newSeed();
    const int digits = std::max<int>(6, static_cast<int>(QString::number(entryCount).size()));
    QByteArray name;
    for (int i = 1; ok && i <= entryCount; ++i) {
        const QByteArray number = QByteArray::number(i);
        name = QByteArrayLiteral("part-") + QByteArray(digits - number.size(), '0') + number +
               QByteArrayLiteral(".csv");
        if (links >= 50000)
            ok = newSeed();
        if (ok && ::linkat(AT_FDCWD, seed.constData(), dir, name.constData(), 0) == 0) {
            ++links;
            continue;
        }
        if (errno == EEXIST) // made by an earlier run: keep it
            continue;
        // No hard links here: a real empty file.
        const int fd = ::openat(dir, name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        ok = fd >= 0;
        if (ok)
            ::close(fd);
    }
    if (!seed.isEmpty())
        ::unlink(seed.constData());
    ::close(dir);
    if (!ok)
        return failed();
    return std::nullopt;
}

} // namespace brickdesk::emulator
