#include "config/ConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vigil;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(VIGIL_FIXTURES_DIR "/config/") + QLatin1String(name);
}

Config sampleConfig()
{
    Config c;
    c.sampling.intervalMs = 2000;
    c.sampling.historyMs = 7200000;
    c.collectors.disabled = {QStringLiteral("temperature"), QStringLiteral("disk")};
    c.collectors.excludeInterfaces = {QStringLiteral("^veth"), QStringLiteral("^docker\\d+$")};
    return c;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return mode_t(~0u);
    return st.st_mode & 07777;
}

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultPath()
    {
        const QString base =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY(base.contains(QLatin1String("qttest"))); // test mode: never the real ~/.config
        QCOMPARE(ConfigFile::defaultPath(), base + QStringLiteral("/vigil/config.json"));
    }

    void loadFixture()
    {
        const ConfigResult r = ConfigFile::load(fixture("custom.json"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.config.sampling.intervalMs, qint64(500));
        QCOMPARE(r.config.collectors.disabled, QSet<QString>{QStringLiteral("temperature")});
    }

    void loadSyntaxErrorNamesFileLineAndColumn()
    {
        const QString path = fixture("syntax.json");
        const ConfigResult r = ConfigFile::load(path);
        QCOMPARE(r.errors, QStringList{path + QStringLiteral(":3:30: unterminated object")});
    }

    void loadReportsContentErrorsLikeParse()
    {
        const ConfigResult loaded = ConfigFile::load(fixture("errors.json"));
        const ConfigResult parsed = ConfigFile::parse(readFile(fixture("errors.json")));
        QCOMPARE(loaded.errors, parsed.errors);
        QCOMPARE(loaded.warnings, parsed.warnings);
        QCOMPARE(loaded.config, parsed.config);
        QCOMPARE(loaded.errors.size(), 3);
    }

    void loadMissingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/config.json"));
        const ConfigResult r = ConfigFile::load(path);
        QCOMPARE(r.errors, QStringList{path + QStringLiteral(": file not found")});
        QCOMPARE(r.config, Config());
    }

    void loadDirectory()
    {
        // Tests run as root, so an unreadable file cannot be made with chmod: use a directory.
        const QString path = m_dir.filePath(QStringLiteral("dir.json"));
        QVERIFY(QDir().mkpath(path));
        const ConfigResult r = ConfigFile::load(path);
        QCOMPARE(r.errors, QStringList{path + QStringLiteral(": is a directory, not a file")});
        QCOMPARE(r.config, Config());
    }

    void loadNotRegularFile()
    {
        const ConfigResult r = ConfigFile::load(QStringLiteral("/dev/null"));
        QCOMPARE(r.errors, QStringList{QStringLiteral("/dev/null: not a regular file")});
    }

    void loadOversizedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.json"));
        QByteArray data = "{\"version\": 1}";
        data += QByteArray(1024 * 1024 + 1 - data.size(), ' ');
        QVERIFY(writeFile(path, data));
        const ConfigResult r = ConfigFile::load(path);
        QCOMPARE(r.errors, QStringList{path + QStringLiteral(": file is too large (1048577 bytes; "
                                                             "the limit is 1 MiB)")});
        data.chop(1); // exactly 1 MiB is fine
        QVERIFY(writeFile(path, data));
        const ConfigResult ok = ConfigFile::load(path);
        QVERIFY2(ok.ok(), qPrintable(ok.errors.join(u'\n')));
    }

    void loadLongPathIsElided()
    {
        const QString path = m_dir.filePath(QString(150, u'p') + QStringLiteral("/config.json"));
        const ConfigResult r = ConfigFile::load(path);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.first().size() <= 80 + 20);
        QVERIFY(r.errors.first().endsWith(QLatin1String("/config.json: file not found")));
    }

    void saveThenLoad()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip/config.json"));
        QString error;
        QVERIFY2(ConfigFile::save(sampleConfig(), path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        const ConfigResult r = ConfigFile::load(path);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.config, sampleConfig());
        QCOMPARE(readFile(path), ConfigFile::toJson(sampleConfig()));
    }

    void saveWritesMode0600()
    {
        const QString path = m_dir.filePath(QStringLiteral("mode/config.json"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(writeFile(path, "{}"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup |
                                                QFile::ReadOther)); // 0644 before
        QString error;
        QVERIFY2(ConfigFile::save(Config(), path, &error), qPrintable(error));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);

        const QString fresh = m_dir.filePath(QStringLiteral("mode/fresh.json"));
        QVERIFY2(ConfigFile::save(Config(), fresh, &error), qPrintable(error));
        QCOMPARE(modeOf(fresh), mode_t(0600));
    }

    void saveCreatesParentDirectories()
    {
        const QString parent = m_dir.filePath(QStringLiteral("a/b/c"));
        const QString path = parent + QStringLiteral("/config.json");
        QString error;
        QVERIFY2(ConfigFile::save(Config(), path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(modeOf(parent), mode_t(0700));
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("a"))), mode_t(0700));
    }

    void saveReplacesOnlyOnSuccess()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace/config.json"));
        QString error;
        QVERIFY2(ConfigFile::save(Config(), path, &error), qPrintable(error));
        const QByteArray before = readFile(path);

        // Refused (invalid config): the existing file is untouched.
        Config invalid;
        invalid.sampling.intervalMs = 10;
        QVERIFY(!ConfigFile::save(invalid, path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": refusing to write an invalid "
                                                        "configuration: sampling.interval: ")),
                 qPrintable(error));
        QCOMPARE(readFile(path), before);

        // Accepted: replaced as a whole, and nothing else is left in the directory.
        QVERIFY2(ConfigFile::save(sampleConfig(), path, &error), qPrintable(error));
        QCOMPARE(readFile(path), ConfigFile::toJson(sampleConfig()));
        QCOMPARE(QDir(QFileInfo(path).absolutePath())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("config.json")});
    }

    void saveUnderRegularFileFails()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QVERIFY(writeFile(blocker, "not a directory"));
        const QString path = blocker + QStringLiteral("/sub/config.json");
        QString error;
        QVERIFY(!ConfigFile::save(Config(), path, &error));
        QCOMPARE(error,
                 path + QStringLiteral(": ") + blocker + QStringLiteral(" is not a directory"));
        QCOMPARE(readFile(blocker), QByteArray("not a directory"));
        QVERIFY(!QFileInfo::exists(blocker + QStringLiteral("/sub")));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("blocker*")}, QDir::AllEntries | QDir::Hidden),
                 QStringList{QStringLiteral("blocker")});
        QVERIFY(!ConfigFile::save(Config(), blocker + QStringLiteral("/config.json"), nullptr));
    }

    void saveOntoDirectoryFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("isdir"));
        QVERIFY(QDir().mkpath(path));
        QString error;
        QVERIFY(!ConfigFile::save(Config(), path, &error));
        QCOMPARE(error, path + QStringLiteral(": is a directory, not a file"));
        QVERIFY(QFileInfo(path).isDir());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
