#pragma once

// Internal to src/core/config: how messages show user text, keys and positions.

#include <QByteArray>
#include <QString>
#include <QStringView>

class QJsonValue;

namespace vigil::configtext {

// Most characters of user text a message repeats; longer text is cut and ends with "…".
constexpr qsizetype MaxUserText = 80;

// User text for a message: at most MaxUserText characters, control characters, quotes and
// backslashes escaped, in double quotes.
QString quoted(QStringView text);

// Cuts text to at most MaxUserText characters (adds "…"), keeping the start and the end.
QString elideMiddle(const QString &text);

// What a JSON value is, for "got ...": "\"yes\"", "3", "null", "an array", ...
QString describe(const QJsonValue &value);

// A number as written: "3", "1.5", "1e+30".
QString numberText(double d);

// "parent.key"; a key that is not a plain word is quoted: collectors."a.b".
QString keyPath(const QString &parent, const QString &key);

// A JSON string literal ("a\"b") and number (80, 80.5; the shortest exact form) for the writer.
QByteArray jsonString(const QString &text);
QByteArray jsonNumber(double d);

// True when the document holds only JSON whitespace (or nothing).
bool isBlank(const QByteArray &json);

// Line and column (1-based, counted in characters) of a QJsonParseError offset.
void lineAndColumn(const QByteArray &json, qsizetype offset, int *line, int *column);

} // namespace vigil::configtext
