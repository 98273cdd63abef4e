#include "ChannelValidation.h"

#include "alerts/MatcherSet.h"

#include <QCoreApplication>
#include <tuple>

namespace vigil {

bool operator==(const ChannelSpec &a, const ChannelSpec &b)
{
    return std::tie(a.name, a.type, a.enabled, a.url, a.minSeverity, a.matchers, a.sendResolved,
                    a.groupWaitMs, a.secret, a.token, a.priority) ==
           std::tie(b.name, b.type, b.enabled, b.url, b.minSeverity, b.matchers, b.sendResolved,
                    b.groupWaitMs, b.secret, b.token, b.priority);
}

QList<ChannelProblem> validateChannel(const ChannelSpec &s)
{
    QList<ChannelProblem> out;
    if (s.name.trimmed().isEmpty())
        out.append({QStringLiteral("name"),
                    QCoreApplication::translate("vigil::ChannelValidation", "required")});
    else if (s.name.size() > CheckLimits::MaxNameLength)
        out.append({QStringLiteral("name"), QCoreApplication::translate("vigil::ChannelValidation",
                                                                        "longer than %1 characters")
                                                .arg(CheckLimits::MaxNameLength)});

    const bool urlOptional = s.type == ChannelType::PagerDuty; // the Events API by default
    const QString scheme = s.url.scheme();
    if (s.url.isEmpty()) {
        if (!urlOptional)
            out.append({QStringLiteral("url"),
                        QCoreApplication::translate("vigil::ChannelValidation", "required")});
    } else if (!s.url.isValid() ||
               (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
               s.url.host().isEmpty()) {
        // Only scheme and host are ever shown: the rest of a webhook URL is a secret.
        out.append({QStringLiteral("url"),
                    QCoreApplication::translate("vigil::ChannelValidation",
                                                "not an http:// or https:// URL with a host")});
    }
    if (s.type == ChannelType::PagerDuty && s.token.isEmpty())
        out.append({QStringLiteral("token"),
                    QCoreApplication::translate("vigil::ChannelValidation",
                                                "the PagerDuty routing key is required")});
    if (s.type == ChannelType::Gotify && s.token.isEmpty())
        out.append({QStringLiteral("token"),
                    QCoreApplication::translate("vigil::ChannelValidation",
                                                "the Gotify application token is required")});
    if (s.minSeverity != Severity::Warning && s.minSeverity != Severity::Critical)
        out.append({QStringLiteral("min_severity"),
                    QCoreApplication::translate("vigil::ChannelValidation",
                                                "must be warning or critical")});
    QString error;
    if (!MatcherSet::compile(s.matchers, &error))
        out.append({QStringLiteral("matchers"), error});
    if (s.groupWaitMs < 0 || s.groupWaitMs > 10 * 60 * 1000)
        out.append({QStringLiteral("group_wait"),
                    QCoreApplication::translate("vigil::ChannelValidation",
                                                "must be between 0s and 10m")});
    const bool ntfy = s.type == ChannelType::Ntfy;
    if (s.priority < 0 || s.priority > (ntfy ? 5 : 10))
        out.append({QStringLiteral("priority"),
                    QCoreApplication::translate("vigil::ChannelValidation",
                                                "must be between 0 (by severity) and %1")
                        .arg(ntfy ? 5 : 10)});
    if (s.secret.startsWith(QLatin1String("whsec_")) &&
        QByteArray::fromBase64(s.secret.mid(6).toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
            .isEmpty())
        out.append(
            {QStringLiteral("secret"), QStringLiteral("\"whsec_\" must be followed by base64")});
    return out;
}

} // namespace vigil
