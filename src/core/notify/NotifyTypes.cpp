#include "NotifyTypes.h"

namespace vigil {

namespace {
constexpr std::pair<ChannelType, const char *> kNames[] = {
    {ChannelType::Slack, "slack"},
    {ChannelType::Discord, "discord"},
    {ChannelType::Teams, "teams"},
    {ChannelType::PagerDuty, "pagerduty"},
    {ChannelType::Alertmanager, "alertmanager"},
    {ChannelType::Ntfy, "ntfy"},
    {ChannelType::Gotify, "gotify"},
    {ChannelType::Webhook, "webhook"}};
} // namespace

QString channelTypeName(ChannelType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type)
            return QLatin1String(name);
    }
    return QString();
}

std::optional<ChannelType> channelTypeFromName(const QString &name)
{
    for (const auto &[t, n] : kNames) {
        if (name == QLatin1String(n))
            return t;
    }
    return std::nullopt;
}

} // namespace vigil
