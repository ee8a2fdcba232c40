#pragma once

#include "PreviewContent.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

namespace brickdesk {

class ApiCall;
class DbfsClient;
class PreviewTableModel;

// The selected file's first megabyte: text, a CSV table, pretty JSON, or a line saying it is
// binary. Selecting another file cancels the read still going.
class PreviewPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    void setClient(DbfsClient *client); // nullptr: cancels and clears
    void showFile(const QString &path, qint64 size);
    void showMessage(const QString &text);
    void cancel();

    QString path() const { return m_path; }
    bool isLoading() const { return !m_call.isNull(); }
    // What is shown now; meaningful once !isLoading().
    const PreviewContent &content() const { return m_content; }
    QPlainTextEdit *textView() const { return m_text; }
    QTableView *tableView() const { return m_table; }
    PreviewTableModel *tableModel() const { return m_tableModel; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *noteLabel() const { return m_note; }
    bool isShowingTable() const;
    bool isShowingText() const;

Q_SIGNALS:
    void loaded(const QString &path);

private:
    void show(const PreviewContent &content);

    QPointer<DbfsClient> m_client;
    QPointer<ApiCall> m_call;
    QString m_path;
    PreviewContent m_content;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPlainTextEdit *m_text;
    QTableView *m_table;
    PreviewTableModel *m_tableModel;
    QLabel *m_note;
    QObject *m_context = nullptr; // replaced per read, so an older answer never lands
};

} // namespace brickdesk
