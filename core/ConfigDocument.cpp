#include "ConfigDocument.h"

#include <QRegularExpression>

namespace brickdesk {

namespace {

const QString kDefaultSection = QStringLiteral("DEFAULT");

// The first '=' or ':' separates key and value, as in the SDKs' INI readers.
qsizetype delimiterIndex(QStringView line)
{
    const qsizetype equals = line.indexOf(u'=');
    const qsizetype colon = line.indexOf(u':');
    if (equals < 0 || (colon >= 0 && colon < equals))
        return colon;
    return equals;
}

bool isCommentLine(QStringView trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(u';');
}

// Reads a value as gopkg.in/ini does for databricks-sdk-go (SpaceBeforeInlineComment): a value in
// backticks or triple quotes is taken literally; otherwise " #" (or else " ;") starts a comment,
// and then one pair of surrounding single or double quotes is removed.
QString decodeValue(QStringView raw)
{
    QStringView value = raw.trimmed();
    if (value.size() > 3 && value.startsWith(u"\"\"\"")) {
        const qsizetype close = value.lastIndexOf(u"\"\"\"");
        if (close >= 3)
            return value.mid(3, close - 3).toString();
    } else if (value.startsWith(u'`')) {
        const qsizetype close = value.lastIndexOf(u'`');
        if (close > 0)
            return value.mid(1, close - 1).toString();
    }
    qsizetype comment = value.indexOf(u" #");
    if (comment < 0)
        comment = value.indexOf(u" ;");
    if (comment >= 0)
        value = value.left(comment).trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value.toString();
}

} // namespace

QString ConfigIssue::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(fileName, message);
}

std::optional<QString> ConfigDocument::Section::value(QStringView key) const
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->key.compare(key, Qt::CaseInsensitive) == 0)
            return it->value;
    }
    return std::nullopt;
}

bool ConfigDocument::Section::hasKey(QStringView key) const
{
    return value(key).has_value();
}

ConfigDocument ConfigDocument::parse(const QByteArray &content, const QString &fileName)
{
    ConfigDocument doc;
    doc.m_fileName = fileName;
    QByteArray data = content;
    if (data.startsWith("\xEF\xBB\xBF")) {
        doc.m_hadBom = true;
        data.remove(0, 3);
    }
    if (data.isEmpty()) {
        doc.m_endsWithNewline = true;
        return doc;
    }
    doc.m_endsWithNewline = data.endsWith('\n');
    QList<QByteArray> lines = data.split('\n');
    if (doc.m_endsWithNewline)
        lines.removeLast();
    // Lines keep their own '\r', so files with mixed line ends come back as they were; lines we
    // add follow the first line's convention.
    doc.m_crlf = !lines.isEmpty() && lines.first().endsWith('\r');
    doc.m_lines = std::move(lines);
    doc.reparse();
    return doc;
}

void ConfigDocument::reparse()
{
    m_sections.clear();
    m_issues.clear();
    auto sectionIndex = [this](const QString &name) -> qsizetype {
        for (qsizetype i = 0; i < m_sections.size(); ++i) {
            if (m_sections[i].name == name)
                return i;
        }
        return -1;
    };
    qsizetype current = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString text = QString::fromUtf8(m_lines[i]);
        const QStringView trimmed = QStringView(text).trimmed();
        if (trimmed.isEmpty() || isCommentLine(trimmed))
            continue;
        if (trimmed.startsWith(u'[')) {
            const qsizetype close = trimmed.indexOf(u']');
            if (close < 0) {
                m_issues.append({m_fileName, i + 1, QStringLiteral("section header is missing ']'")});
                current = -2; // keys below belong to no readable section
                continue;
            }
            const QString name = trimmed.mid(1, close - 1).trimmed().toString();
            if (name.isEmpty()) {
                m_issues.append({m_fileName, i + 1, QStringLiteral("empty section name")});
                current = -2;
                continue;
            }
            current = sectionIndex(name);
            if (current < 0) {
                m_sections.append(Section{name, i, {}});
                current = m_sections.size() - 1;
            }
            continue;
        }
        const qsizetype delimiter = delimiterIndex(trimmed);
        if (delimiter < 0) {
            m_issues.append(
                {m_fileName, i + 1, QStringLiteral("expected 'key = value' but found no '='")});
            continue;
        }
        const QString key = trimmed.left(delimiter).trimmed().toString();
        if (key.isEmpty()) {
            m_issues.append({m_fileName, i + 1, QStringLiteral("missing key name before '='")});
            continue;
        }
        if (current == -2)
            continue;
        if (current == -1) {
            // Keys before the first header belong to DEFAULT, as in the Go SDK's INI reader.
            current = sectionIndex(kDefaultSection);
            if (current < 0) {
                m_sections.append(Section{kDefaultSection, -1, {}});
                current = m_sections.size() - 1;
            }
        }
        m_sections[current].entries.append(
            Entry{key, decodeValue(trimmed.mid(delimiter + 1)), i});
    }
}

const ConfigDocument::Section *ConfigDocument::section(QStringView name) const
{
    for (const Section &s : m_sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

bool ConfigDocument::isValidSectionName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\[\\]\\r\\n]+$"));
    return !name.trimmed().isEmpty() && name == name.trimmed() && pattern.match(name).hasMatch();
}

bool ConfigDocument::isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return pattern.match(key).hasMatch();
}

bool ConfigDocument::isWritableValue(const QString &value)
{
    // Only values every SDK reads back unchanged: the Go and Python readers disagree about
    // quotes and inline comments, so values that would need either are refused, not quoted.
    static const QRegularExpression risky(QStringLiteral("[\\r\\n]| [#;]|^[\"'`]"));
    return value == value.trimmed() && !risky.match(value).hasMatch();
}

bool ConfigDocument::setValue(const QString &sectionName, const QString &key, const QString &value)
{
    if (!isValidSectionName(sectionName) || !isValidKey(key) || !isWritableValue(value))
        return false;
    const QString &encoded = value;
    if (const Section *target = section(sectionName)) {
        // Reading keeps the last of repeated keys, so that is the one to replace.
        const Entry *existing = nullptr;
        int lastLine = target->headerLineIndex;
        for (const Entry &entry : target->entries) {
            if (entry.key.compare(key, Qt::CaseInsensitive) == 0)
                existing = &entry;
            lastLine = std::max(lastLine, entry.lineIndex);
        }
        if (existing) {
            // Keep the key's spelling and the spacing around the delimiter as the user wrote it.
            const bool hadCr = m_lines[existing->lineIndex].endsWith('\r');
            QString line = QString::fromUtf8(m_lines[existing->lineIndex]);
            if (hadCr)
                line.chop(1); // the line's own CR is not part of the value's spacing
            const qsizetype delimiter = delimiterIndex(line);
            qsizetype valueStart = delimiter + 1;
            while (valueStart < line.size() && line[valueStart].isSpace())
                ++valueStart;
            m_lines[existing->lineIndex] = (line.left(valueStart) + encoded).toUtf8() + (hadCr ? "\r" : "");
        } else {
            insertLine(lastLine < 0 ? 0 : lastLine + 1, key + QStringLiteral(" = ") + encoded);
        }
        reparse();
        return true;
    }
    if (!m_lines.isEmpty() && !m_lines.last().trimmed().isEmpty())
        insertLine(m_lines.size(), QString());
    insertLine(m_lines.size(), QLatin1Char('[') + sectionName + QLatin1Char(']'));
    insertLine(m_lines.size(), key + QStringLiteral(" = ") + encoded);
    reparse();
    return true;
}

bool ConfigDocument::removeKey(const QString &sectionName, const QString &key)
{
    const Section *target = section(sectionName);
    if (!target)
        return false;
    QList<int> doomed;
    for (const Entry &entry : target->entries) {
        if (entry.key.compare(key, Qt::CaseInsensitive) == 0)
            doomed.append(entry.lineIndex);
    }
    if (doomed.isEmpty())
        return false;
    std::sort(doomed.begin(), doomed.end(), std::greater<>());
    for (int index : doomed)
        m_lines.removeAt(index);
    reparse();
    return true;
}

bool ConfigDocument::removeSection(const QString &sectionName)
{
    if (!section(sectionName))
        return false;
    // A section may be written in several blocks; remove each block from its header through its
    // last key, plus one blank line that separated it from what follows. Comments after the last
    // key are left alone: they usually introduce the next section.
    while (const Section *target = section(sectionName)) {
        const int first = target->headerLineIndex >= 0 ? target->headerLineIndex
                                                       : target->entries.first().lineIndex;
        int last = first;
        for (int i = first + 1; i < m_lines.size(); ++i) {
            const QByteArray trimmed = m_lines[i].trimmed();
            if (trimmed.startsWith('['))
                break;
            if (!trimmed.isEmpty() && !trimmed.startsWith('#') && !trimmed.startsWith(';'))
                last = i;
        }
        int begin = first;
        const bool blankBefore = first == 0 || m_lines[first - 1].trimmed().isEmpty();
        if (blankBefore && last + 1 < m_lines.size() && m_lines[last + 1].trimmed().isEmpty())
            ++last;
        else if (first > 0 && blankBefore && last + 1 == m_lines.size())
            --begin; // the last section: its separating blank line goes with it
        if (last + 1 == m_lines.size())
            m_endsWithNewline = true; // what is left ended with a line break: keep it whole
        m_lines.remove(begin, last - begin + 1);
        reparse();
    }
    return true;
}

void ConfigDocument::insertLine(qsizetype index, const QString &text)
{
    if (index == m_lines.size() && !m_endsWithNewline) {
        // The last line had no terminator; it gets one now, and so does the file.
        if (m_crlf && !m_lines.isEmpty() && !m_lines.last().endsWith('\r'))
            m_lines.last().append('\r');
        m_endsWithNewline = true;
    }
    m_lines.insert(index, text.toUtf8() + (m_crlf ? "\r" : ""));
}

QByteArray ConfigDocument::serialize() const
{
    QByteArray out;
    if (m_hadBom)
        out += "\xEF\xBB\xBF";
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        out += m_lines[i];
        if (i + 1 < m_lines.size() || m_endsWithNewline)
            out += '\n';
    }
    return out;
}

} // namespace brickdesk
