#pragma once

#include <QWidget>
#include <functional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;

namespace brickdesk {

// Where a secret value is typed or picked: one line (hidden while typed), several lines, or a
// file's bytes. The value is checked on every change against a rule (e.g. the 128 KB limit);
// problem() says what is wrong, in red under the field. A file over the limit is refused from
// its size alone, without reading it. The editor keeps a file's bytes only while it lives.
class SecretValueEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Source
    {
        SingleLine,
        MultiLine,
        File
    };
    using Checker = std::function<QString(const QByteArray &)>;

    explicit SecretValueEditor(QWidget *parent = nullptr);
    ~SecretValueEditor() override;

    void setValueRule(Checker checker, qsizetype maxBytes);
    void setFileAllowed(bool allowed);
    void setSource(Source source);
    Source source() const;
    QByteArray value() const; // UTF-8 of the text, or the file's bytes
    bool isText() const { return source() != Source::File; }
    // Why the value cannot be used; empty when it can. "No file chosen" counts.
    QString problem() const { return m_problem; }
    void setFile(const QString &path); // as the Browse button does (tests)
    void clear();

    QLineEdit *lineEdit() const { return m_line; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *sizeLabel() const { return m_size; }

Q_SIGNALS:
    void changed();

private:
    void validate();
    void browse();
    void fitToSource();

    QRadioButton *m_singleChoice;
    QRadioButton *m_multiChoice;
    QRadioButton *m_fileChoice;
    QButtonGroup *m_choices;
    QStackedWidget *m_stack;
    QLineEdit *m_line;
    QCheckBox *m_show;
    QPlainTextEdit *m_text;
    QLineEdit *m_filePath;
    QLabel *m_size;
    QLabel *m_error;
    Checker m_checker;
    qsizetype m_maxBytes = 0;
    QByteArray m_fileBytes;
    QString m_fileProblem;
    QString m_problem;
};

} // namespace brickdesk
