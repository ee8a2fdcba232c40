#pragma once

// Shared by the Secrets models and page tests: a token store in memory (sign-ins of one test
// stay in that test), and an answerer for the modal dialogs the page opens.

#include "TokenStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace secretsuitest {

class MemoryTokenStore final : public brickdesk::TokenStore
{
public:
    void readToken(const QString &profile, QObject *context, Callback callback) override
    {
        brickdesk::TokenStoreResult result;
        result.status = m_tokens.contains(profile) ? brickdesk::TokenStoreResult::Status::Ok
                                                   : brickdesk::TokenStoreResult::Status::NotFound;
        result.token = m_tokens.value(profile);
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    void writeToken(const QString &profile, const QString &token, QObject *context,
                    Callback callback) override
    {
        m_tokens.insert(profile, token);
        QTimer::singleShot(0, context, [callback] {
            callback({brickdesk::TokenStoreResult::Status::Ok, {}, {}});
        });
    }
    void deleteToken(const QString &profile, QObject *context, Callback callback) override
    {
        m_tokens.remove(profile);
        QTimer::singleShot(0, context, [callback] {
            callback({brickdesk::TokenStoreResult::Status::Ok, {}, {}});
        });
    }
    int size() const { return int(m_tokens.size()); }

private:
    QHash<QString, QString> m_tokens;
};

// Answers the modal dialogs a test expects, in order: each expectation gets the active modal
// widget of its type and answers it. An expectation that finds no such dialog within 10 s
// counts as missed (check missed() in cleanup, so the test fails instead of hanging).
class DialogAnswerer : public QObject
{
public:
    DialogAnswerer()
    {
        m_poll.setInterval(10);
        connect(&m_poll, &QTimer::timeout, this, &DialogAnswerer::poll);
    }

    template<typename Dialog> void expect(std::function<void(Dialog *)> answer)
    {
        m_queue.append([answer](QWidget *widget) {
            auto *dialog = qobject_cast<Dialog *>(widget);
            if (!dialog)
                return false;
            answer(dialog);
            return true;
        });
        if (!m_poll.isActive()) {
            m_waited.start();
            m_poll.start();
        }
    }
    bool isIdle() const { return m_queue.isEmpty(); }
    bool missed() const { return m_missed; }
    void reset()
    {
        m_queue.clear();
        m_poll.stop();
        m_missed = false;
    }

private:
    void poll()
    {
        if (m_queue.isEmpty()) {
            m_poll.stop();
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && m_queue.first()(modal)) {
            m_queue.removeFirst();
            m_waited.start();
            return;
        }
        if (m_waited.elapsed() > 10000) {
            m_missed = true;
            m_queue.clear();
            m_poll.stop();
        }
    }

    QList<std::function<bool(QWidget *)>> m_queue;
    QTimer m_poll;
    QElapsedTimer m_waited;
    bool m_missed = false;
};

} // namespace secretsuitest
