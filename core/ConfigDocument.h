#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace brickdesk {

// A problem found while reading a configuration file: which file, which line (1-based, 0 when the
// problem concerns the whole file), and what is wrong.
struct ConfigIssue
{
    QString fileName;
    int line = 0;
    QString message;

    QString toString() const;
};

// An INI document read the way the Databricks SDKs read ~/.databrickscfg, that remembers every
// byte it was read from so that writing it back changes only the lines that were edited.
class ConfigDocument
{
public:
    struct Entry
    {
        QString key;   // as written
        QString value; // unquoted, inline comment removed
        int lineIndex = -1;
    };

    struct Section
    {
        QString name;
        int headerLineIndex = -1; // -1 for keys written before any section header
        QList<Entry> entries;

        std::optional<QString> value(QStringView key) const;
        bool hasKey(QStringView key) const;
    };

    static ConfigDocument parse(const QByteArray &content, const QString &fileName = {});

    const QList<Section> &sections() const { return m_sections; }
    const Section *section(QStringView name) const;
    const QList<ConfigIssue> &issues() const { return m_issues; }
    QString fileName() const { return m_fileName; }

    // Editing keeps every other line as it was. A key is replaced in place; a new key goes after
    // the last key of its section; a new section goes at the end, after a blank line.
    // Returns false (and changes nothing) when the section name, key or value cannot be written.
    bool setValue(const QString &sectionName, const QString &key, const QString &value);
    bool removeKey(const QString &sectionName, const QString &key);
    bool removeSection(const QString &sectionName);

    QByteArray serialize() const;

    // Whether a value can be written so that every SDK reads it back unchanged.
    static bool isWritableValue(const QString &value);
    static bool isValidSectionName(const QString &name);
    static bool isValidKey(const QString &key);

private:
    void reparse();

    QString m_fileName;
    void insertLine(qsizetype index, const QString &text);

    QList<QByteArray> m_lines; // without '\n', each with its own '\r' if it had one
    bool m_crlf = false;
    bool m_endsWithNewline = true;
    bool m_hadBom = false;
    QList<Section> m_sections;
    QList<ConfigIssue> m_issues;
};

} // namespace brickdesk
