#include "PreviewPane.h"

#include "DbfsClient.h"
#include "DbfsFormat.h"
#include "DbfsPath.h"
#include "PreviewTableModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace brickdesk {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_table(new QTableView(this))
    , m_tableModel(new PreviewTableModel(this))
    , m_note(new QLabel(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("File preview"));
    m_table->setModel(m_tableModel);
    m_table->setAccessibleName(tr("Table preview"));
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("color: #6d4c41;"));
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    showMessage(tr("Select a file to see its first megabyte here."));
}

PreviewPane::~PreviewPane()
{
    cancel();
}

void PreviewPane::setClient(DbfsClient *client)
{
    cancel();
    m_client = client;
    showMessage(client ? tr("Select a file to see its first megabyte here.") : QString());
}

void PreviewPane::cancel()
{
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    delete m_context;
    m_context = nullptr;
}

bool PreviewPane::isShowingTable() const
{
    return m_stack->currentWidget() == m_table;
}

bool PreviewPane::isShowingText() const
{
    return m_stack->currentWidget() == m_text;
}

void PreviewPane::showMessage(const QString &text)
{
    cancel();
    m_path.clear();
    m_content = PreviewContent();
    m_title->clear();
    m_note->clear();
    m_note->hide();
    m_text->clear();
    m_tableModel->clear();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void PreviewPane::showFile(const QString &path, qint64 size)
{
    if (path == m_path && (isLoading() || !m_content.text.isEmpty() || !m_content.rows.isEmpty()))
        return;
    showMessage(tr("Reading %1…").arg(dbfspath::nameOf(path)));
    m_path = path;
    m_title->setText(tr("%1 — %2").arg(dbfspath::nameOf(path), dbfsformat::humanSize(size)));
    if (!m_client) {
        m_message->setText(tr("Not connected."));
        return;
    }
    m_context = new QObject(this);
    const QString name = dbfspath::nameOf(path);
    m_call = m_client->read(path, 0, PreviewContent::kMaxBytes, m_context,
                            [this, path, name, size](const DbfsResult<DbfsReadAnswer> &result) {
                                m_call = nullptr;
                                if (!result.ok()) {
                                    m_message->setText(
                                        tr("Cannot read %1: %2").arg(path, result.error.summary()));
                                    Q_EMIT loaded(path);
                                    return;
                                }
                                show(preview::make(result.value.data, name, size));
                                Q_EMIT loaded(path);
                            });
}

void PreviewPane::show(const PreviewContent &content)
{
    m_content = content;
    QStringList notes;
    switch (content.kind) {
    case PreviewContent::Kind::Binary:
        m_message->setText(
            tr("Binary file, %1 — no preview.").arg(dbfsformat::humanSize(content.fullSize)));
        m_stack->setCurrentWidget(m_message);
        break;
    case PreviewContent::Kind::Csv:
        m_tableModel->setRecords(content.rows, content.columnCount);
        m_table->resizeColumnsToContents();
        m_stack->setCurrentWidget(m_table);
        // The parser says when it stopped at the cap; a file of exactly kMaxRows rows is whole.
        if (content.truncated && content.rows.size() >= PreviewContent::kMaxRows)
            notes.append(tr("Showing the first %L1 rows.").arg(content.rows.size()));
        break;
    case PreviewContent::Kind::Json:
    case PreviewContent::Kind::Text:
        m_text->setPlainText(content.text);
        m_stack->setCurrentWidget(m_text);
        break;
    }
    if (content.fullSize > PreviewContent::kMaxBytes &&
        content.kind != PreviewContent::Kind::Binary) {
        notes.append(tr("Only the first %1 of %2 is shown.")
                         .arg(dbfsformat::humanSize(PreviewContent::kMaxBytes),
                              dbfsformat::humanSize(content.fullSize)));
    }
    if (!content.warning.isEmpty())
        notes.append(content.warning);
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

} // namespace brickdesk
