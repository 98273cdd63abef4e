#include "LogModel.h"

#include "log/RecentLog.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStyle>

namespace vigil {

namespace {

QString fieldsText(const QJsonObject &fields)
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue v = it.value();
        const QString value =
            v.isString()   ? v.toString()
            : v.isDouble() ? QString::number(v.toDouble())
            : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                           : QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), v}})
                                                   .toJson(QJsonDocument::Compact));
        parts.append(it.key() + u'=' + value);
    }
    return parts.join(QStringLiteral("  "));
}

// The theme's icon where there is one, else the style's message-box icons (always present).
QIcon levelIcon(LogLevel level)
{
    QStyle *style = QApplication::style();
    switch (level) {
    case LogLevel::Debug:
        return QIcon::fromTheme(QStringLiteral("debug-run"));
    case LogLevel::Info:
        return QIcon::fromTheme(QStringLiteral("dialog-information"),
                                style->standardIcon(QStyle::SP_MessageBoxInformation));
    case LogLevel::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                style->standardIcon(QStyle::SP_MessageBoxWarning));
    case LogLevel::Error:
    case LogLevel::Fatal:
        return QIcon::fromTheme(QStringLiteral("dialog-error"),
                                style->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    return {};
}

// The same palette as the status dot: orange warnings, red errors, grey debug.
QColor levelColour(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QColor(0x7f, 0x7f, 0x7f);
    case LogLevel::Info:
        return {};
    case LogLevel::Warning:
        return QColor(0xb3, 0x5c, 0x00);
    case LogLevel::Error:
    case LogLevel::Fatal:
        return QColor(0xd6, 0x27, 0x28);
    }
    return {};
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

LogModel::~LogModel() = default;

QString LogModel::levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return tr("Debug");
    case LogLevel::Info:
        return tr("Info");
    case LogLevel::Warning:
        return tr("Warning");
    case LogLevel::Error:
        return tr("Error");
    case LogLevel::Fatal:
        return tr("Fatal");
    }
    return {};
}

void LogModel::setTail(RecentLog *tail)
{
    disconnect(m_connection);
    beginResetModel();
    m_tail = tail;
    m_entries = tail ? tail->entries() : QList<LogEntry>();
    if (tail) {
        m_capacity = tail->capacity();
        m_connection = connect(tail, &RecentLog::appended, this, &LogModel::append);
    }
    endResetModel();
}

void LogModel::append(const QList<LogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    // Past the capacity the oldest rows go first, so the view never holds more than the tail.
    const qsizetype excess = m_entries.size() + entries.size() - m_capacity;
    if (excess > 0) {
        const int remove = int(std::min<qsizetype>(excess, m_entries.size()));
        if (remove > 0) {
            beginRemoveRows({}, 0, remove - 1);
            m_entries.remove(0, remove);
            endRemoveRows();
        }
    }
    const QList<LogEntry> added = entries.size() > m_capacity ? entries.last(m_capacity) : entries;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + added.size() - 1));
    m_entries.append(added);
    endInsertRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case LevelColumn:
            return levelText(e.level);
        case CategoryColumn:
            return e.category;
        case MessageColumn: {
            const QString fields = fieldsText(e.fields);
            QString message = e.message;
            message.replace(u'\n', QStringLiteral(" ⏎ "));
            return fields.isEmpty() ? message : message + QStringLiteral("  [") + fields + u']';
        }
        }
        return {};
    case Qt::ToolTipRole: {
        const QString fields = fieldsText(e.fields);
        return QString(
            tr("%1 %2 (%3)\n%4")
                .arg(QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(Qt::ISODateWithMs),
                     levelText(e.level), e.category, e.message) +
            (fields.isEmpty() ? QString() : u'\n' + fields));
    }
    case Qt::DecorationRole:
        return index.column() == LevelColumn ? QVariant(levelIcon(e.level)) : QVariant();
    case Qt::ForegroundRole: {
        const QColor colour = levelColour(e.level);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case LevelRole:
        return int(e.level);
    case SearchTextRole:
        return QString(e.message + u'\n' + e.category + u'\n' + fieldsText(e.fields));
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Category");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace vigil
