#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

// Reads a Qt Linguist .ts file and lists what is not ready to ship, one line per message:
// unfinished, empty (or an empty plural form), vanished/obsolete, or a numbered placeholder
// (%1...%9) the translation lost or added. %n may be left out of a plural form ("eine Datei").
namespace tscheck {

struct Result
{
    QString error; // the file could not be read or parsed
    QString language;
    int messages = 0;
    QStringList problems;        // "Context: \"source\": what"
    QSet<QString> contextSource; // "Context\x1fsource" of every live message
};

inline QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9]"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().remove(u'L'));
    return out;
}

inline Result check(const QString &path)
{
    Result r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = path + QStringLiteral(": ") + file.errorString();
        return r;
    }
    QXmlStreamReader xml(&file);
    QString context, source, type, translation;
    QStringList forms;
    bool inTranslation = false;
    auto finish = [&] {
        ++r.messages;
        const QString where = QStringLiteral("%1: \"%2\": ").arg(context, source);
        if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
            r.problems << where + type + QStringLiteral(" (run update_translations)");
            return;
        }
        r.contextSource.insert(context + u'\x1f' + source);
        if (type == QLatin1String("unfinished")) {
            r.problems << where + QStringLiteral("unfinished");
            return;
        }
        const QStringList texts = forms.isEmpty() ? QStringList{translation} : forms;
        for (const QString &t : texts) {
            if (t.trimmed().isEmpty()) {
                r.problems << where + QStringLiteral("empty translation");
                return;
            }
            if (placeholders(t) != placeholders(source)) {
                r.problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(t);
                return;
            }
        }
    };
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("TS")) {
                r.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                translation.clear();
                type.clear();
                forms.clear();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                inTranslation = true;
            } else if (name == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isCharacters() && inTranslation) {
            translation += xml.text();
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("translation"))
                inTranslation = false;
            else if (name == QLatin1String("message"))
                finish();
        }
    }
    if (xml.hasError())
        r.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return r;
}

} // namespace tscheck
