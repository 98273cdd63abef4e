// createSystemSources(): the source list, `disabled`, and a run on the real machine.
#include "collect/SystemSources.h"
#include "tst_collect_support.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace vigil;
using namespace vigil::testsupport;

namespace {
QStringList namesOf(const std::vector<std::unique_ptr<CollectorSource>> &sources)
{
    QStringList names;
    for (const auto &source : sources)
        names.append(source->name());
    return names;
}
} // namespace

class TestSystemSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        QCOMPARE(systemSourceNames(),
                 (QStringList{QStringLiteral("cpu"), QStringLiteral("memory"),
                              QStringLiteral("filesystem"), QStringLiteral("disk"),
                              QStringLiteral("network"), QStringLiteral("system"),
                              QStringLiteral("temperature")}));
    }

    void disabled_data()
    {
        QTest::addColumn<QStringList>("disabled");
        QTest::addColumn<QStringList>("created");
        QTest::newRow("none") << QStringList() << systemSourceNames();
        QTest::newRow("two") << QStringList{QStringLiteral("temperature"), QStringLiteral("disk")}
                             << QStringList{QStringLiteral("cpu"), QStringLiteral("memory"),
                                            QStringLiteral("filesystem"), QStringLiteral("network"),
                                            QStringLiteral("system")};
        QTest::newRow("all") << systemSourceNames() << QStringList();
    }
    void disabled()
    {
        QFETCH(QStringList, disabled);
        QFETCH(QStringList, created);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        CollectorOptions options;
        options.root = fixtureTree(QStringLiteral("workstation-t0"));
        options.disabled = QSet<QString>(disabled.begin(), disabled.end());
        QCOMPARE(namesOf(createSystemSources(options)), created);
    }

    void unknownDisabledNameWarns()
    {
        CollectorOptions options;
        options.disabled = {QStringLiteral("gpu")};
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("unknown disabled source \"gpu\"")));
        QCOMPARE(namesOf(createSystemSources(options)), systemSourceNames());
    }

    void optionsReachTheSources()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        CollectorOptions options;
        options.root = fixtureTree(QStringLiteral("workstation-t0"));
        options.disabled = {QStringLiteral("cpu"),         QStringLiteral("memory"),
                            QStringLiteral("disk"),        QStringLiteral("system"),
                            QStringLiteral("temperature"), QStringLiteral("network")};
        // The fixture's mounts do not exist here; exclude every one statvfs would be asked about.
        options.excludeMounts = {QStringLiteral(".*")};
        auto sources = createSystemSources(options);
        QCOMPARE(namesOf(sources), QStringList{QStringLiteral("filesystem")});
        QVERIFY(collectValues(*sources.front(), 0).isEmpty());
    }

    void realMachine()
    {
        // The live /proc and /sys of the machine running the tests: plausible values only, no
        // timing assertions. Two reads ~200 ms apart so the rate sources have an interval.
        auto sources = createSystemSources(CollectorOptions());
        QCOMPARE(sources.size(), size_t(7));
        const Clock &clock = Clock::system();
        QList<SeriesSample> first;
        for (const auto &source : sources)
            source->collect(clock.monotonicNs(), first);
        QThread::msleep(200);
        QMap<QString, double> values;
        for (const auto &source : sources) {
            const auto part = collectValues(*source, clock.monotonicNs());
            for (auto it = part.cbegin(); it != part.cend(); ++it)
                values.insert(it.key(), it.value());
        }

        const auto inRange = [&](const QString &prefix, double low, double high) {
            const QStringList keys = keysOf(values, prefix);
            for (const QString &key : keys) {
                const double v = values.value(key);
                if (!(v >= low && v <= high)) {
                    qWarning().noquote() << key << "=" << v;
                    return false;
                }
            }
            return !keys.isEmpty();
        };
        const QString cpuTotal = QStringLiteral("cpu_usage_percent{cpu=\"total\"}");
        QVERIFY(values.contains(cpuTotal));
        QVERIFY(inRange(QStringLiteral("cpu_usage_percent"), 0, 100));
        QVERIFY(inRange(QStringLiteral("cpu_iowait_percent"), 0, 100));
        QCOMPARE(keysOf(values, QStringLiteral("cpu_usage_percent")).size(),
                 QThread::idealThreadCount() + 1);

        QVERIFY(values.value(QStringLiteral("memory_total_bytes")) > 0);
        QVERIFY(values.value(QStringLiteral("memory_available_bytes")) > 0);
        QVERIFY(values.value(QStringLiteral("memory_available_bytes")) <=
                values.value(QStringLiteral("memory_total_bytes")));
        QVERIFY(inRange(QStringLiteral("memory_used_percent"), 0, 100));
        QVERIFY(inRange(QStringLiteral("swap_used_percent"), 0, 100));

        // At least one real filesystem (the build VM: / is ext4 on /dev/vda).
        QVERIFY(inRange(QStringLiteral("filesystem_size_bytes"), 1, 1e18));
        QVERIFY(inRange(QStringLiteral("filesystem_used_percent"), 0, 100));
        bool rootFound = false;
        for (const QString &key : keysOf(values, QStringLiteral("filesystem_size_bytes")))
            rootFound = rootFound || key.contains(QStringLiteral("mount=\"/\""));
        QVERIFY(rootFound);

        if (!keysOf(values, QStringLiteral("disk_busy_percent")).isEmpty()) {
            QVERIFY(inRange(QStringLiteral("disk_busy_percent"), 0, 100));
            QVERIFY(inRange(QStringLiteral("disk_read_bytes_per_second"), 0, 1e12));
        }
        if (!keysOf(values, QStringLiteral("network_receive_bytes_per_second")).isEmpty())
            QVERIFY(inRange(QStringLiteral("network_receive_bytes_per_second"), 0, 1e12));
        QVERIFY(keysOf(values, QStringLiteral("network_receive_bytes_per_second"))
                    .filter(QStringLiteral("\"lo\""))
                    .isEmpty());

        QVERIFY(inRange(QStringLiteral("load1"), 0, 1e6));
        QVERIFY(values.value(QStringLiteral("uptime_seconds")) > 0);
        QVERIFY(values.value(QStringLiteral("processes_total")) >= 1);
        QVERIFY(values.value(QStringLiteral("processes_running")) >= 1); // this test is running
        if (!keysOf(values, QStringLiteral("temperature_celsius")).isEmpty())
            QVERIFY(inRange(QStringLiteral("temperature_celsius"), -60, 150));
    }
};

QTEST_GUILESS_MAIN(TestSystemSources)
#include "tst_systemsources.moc"
