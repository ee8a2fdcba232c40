#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace brickdesk {

struct TokenStoreResult
{
    enum class Status { Ok, NotFound, Failed };
    Status status = Status::Failed;
    QString token; // set only by a successful read; never print it
    QString error; // why it failed, in words for the user; never contains the token

    bool ok() const { return status == Status::Ok; }
};

// Where workspace tokens live. Every call is asynchronous; the callback runs on the caller's
// thread, and is dropped when `context` is destroyed first.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TokenStoreResult &)>;

    using QObject::QObject;

    virtual void readToken(const QString &profile, QObject *context, Callback callback) = 0;
    virtual void writeToken(const QString &profile, const QString &token, QObject *context,
                            Callback callback) = 0;
    virtual void deleteToken(const QString &profile, QObject *context, Callback callback) = 0;
};

} // namespace brickdesk
