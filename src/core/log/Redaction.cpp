#include "Redaction.h"

#include "notify/DeliveryPolicy.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace vigil {

namespace {

const QString kMask = QStringLiteral("***");

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.+-])[a-zA-Z][a-zA-Z0-9+.-]*://[^\s"'<>()\[\]{}`]+)"));
    return re;
}

// "Bearer abc123", "Basic dXNlcjpw": the scheme stays, the credentials go. Ordinary words after
// them ("the bearer of", "Basic authentication") are not credentials and stay.
const QRegularExpression &authPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(\b([Bb]earer|BEARER|Basic)\s+(?![A-Z]?[a-z]{1,16}(?:[\s"',;]|$))[^\s"',;]+)"));
    return re;
}

// token=abc, "password": "abc", api_key: abc, X-Api-Key: abc ... Group 1 is the key with its
// separator, kept; the value goes.
const QRegularExpression &keyValuePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b((?:[\w-]*[_-])?(?:token|password|passwd|secret|api[_-]?key|)"
                       R"(routing[_-]?key|access[_-]?key|auth|authorization|signature|sig))"
                       R"("?\s*[:=]\s*"?)(?!\*\*\*|(?:Bearer|Basic)\s)[^\s"',;&]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString redactUrls(const QString &text)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString candidate = m.captured();
        // Sentence punctuation after a URL is not part of it.
        while (!candidate.isEmpty() && QStringLiteral(".,:;!?").contains(candidate.back()))
            candidate.chop(1);
        const QUrl url(candidate);
        const bool bare = url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment() &&
                          (url.path().isEmpty() || url.path() == QLatin1String("/"));
        out += text.mid(last, m.capturedStart() - last);
        out += bare ? candidate : redactedUrl(url);
        last = m.capturedStart() + candidate.size();
    }
    out += text.mid(last);
    return out;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isString())
        return redactSecrets(value.toString());
    if (value.isObject())
        return redactFields(value.toObject());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &v : value.toArray())
            array.append(redactValue(v));
        return array;
    }
    return value;
}

} // namespace

QString redactSecrets(const QString &text)
{
    // Cheap test first: most lines hold nothing to redact, and this runs for every message.
    static const QRegularExpression hint(
        QStringLiteral(R"(://|bearer|basic|token|passw|secret|key|auth|sig)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(hint))
        return text;
    QString out = redactUrls(text);
    out.replace(authPattern(), QStringLiteral("\\1 ") + kMask);
    out.replace(keyValuePattern(), QStringLiteral("\\1") + kMask);
    return out;
}

QJsonObject redactFields(const QJsonObject &fields)
{
    QJsonObject out;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.insert(it.key(), redactValue(it.value()));
    return out;
}

} // namespace vigil
