// SPDX-License-Identifier: EUPL-1.2
#include "storage/SideFiles.h"

#include "model/Error.h"
#include "model/SystemError.h"
#include "platform/FileSystem.h"
#include "storage/Schema.h"

#include <sqlite3.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

namespace trygg::sidefiles {
namespace {

// SQLite's rollback journal (https://www.sqlite.org/fileformat.html, "The Rollback Journal"): a header of
// one sector (magic, record count, checksum seed, the database's size in pages before the change, sector
// size, page size), then records of page number, the page as it was, and a checksum; more headers follow
// when the journal was synced more than once.
constexpr std::array<unsigned char, 8> JournalMagic = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
constexpr std::size_t JournalHeaderBytes = 28;

std::uint32_t bigEndian32(const unsigned char *bytes)
{
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) | (std::uint32_t{bytes[2]} << 8) |
           std::uint32_t{bytes[3]};
}

bool powerOfTwo(std::uint32_t value)
{
    return value != 0 && (value & (value - 1)) == 0;
}

Message kindOf(files::Kind kind)
{
    if (kind == files::Kind::Link)
        return trygg::trMsg("a symbolic link");
    if (kind == files::Kind::Folder)
        return trygg::trMsg("a folder");
    return trygg::trMsg("a device, a pipe or another special file");
}

[[noreturn]] void refuseWriteAheadLog(const std::string &registerPath, const std::string &side)
{
    throw FileError(
        trygg::trMsg("%1: %2 lies beside the register. Trygg never makes such a file (it does not use SQLite's "
                     "write-ahead log), so another program left it there or someone put it there, and SQLite would "
                     "read the register through it. Nothing was read or changed. Move %2 away (keep it if you want "
                     "to find out where it came from), then open the register again.",
                     registerPath, side));
}

[[noreturn]] void refuseNotAJournal(const std::string &registerPath, const std::string &side, const Message &why)
{
    throw FileError(trygg::trMsg("%1: %2 beside the register is not a journal SQLite made for it (%3); SQLite would "
                                 "read or write the register through it. Nothing was read or changed. Move %2 away, "
                                 "then open the register again.",
                                 registerPath, side, why));
}

[[noreturn]] void refuseForeignJournal(const std::string &registerPath, const std::string &side, const Message &why)
{
    throw FileError(trygg::trMsg(
        "%1: %2 beside the register holds an unfinished change that does not belong to this file (%3); rolling it "
        "back would damage the register. Nothing was read or changed. Move %2 away (keep it until you know where it "
        "came from: another copy of the register, a restored backup, another program), then open the register "
        "again.",
        registerPath, side, why));
}

// A database image in memory, read-only, with the protections of Database (Sqlite.cpp).
class Image {
public:
    explicit Image(std::vector<unsigned char> &bytes)
    {
        if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            return;
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        m_open =
            !bytes.empty() &&
            sqlite3_deserialize(m_db, "main", bytes.data(), static_cast<sqlite3_int64>(bytes.size()),
                                static_cast<sqlite3_int64>(bytes.size()), SQLITE_DESERIALIZE_READONLY) == SQLITE_OK;
    }
    ~Image() { sqlite3_close_v2(m_db); }
    Image(const Image &) = delete;
    Image &operator=(const Image &) = delete;

    // The first column of the first row as text; nullopt on any failure or no row.
    std::optional<std::string> text(const char *sql) const
    {
        if (!m_open)
            return std::nullopt;
        sqlite3_stmt *statement = nullptr;
        std::optional<std::string> value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            value = data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(statement, 0))) : "";
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3 *m_db = nullptr;
    bool m_open = false;
};

std::optional<std::string> uidOf(std::vector<unsigned char> &bytes)
{
    const Image image(bytes);
    return image.text("SELECT uid FROM register WHERE id = 1");
}

// The register's page size from its header, if it has SQLite's.
std::optional<std::uint32_t> pageSizeOf(const std::vector<unsigned char> &bytes)
{
    static const char header[] = "SQLite format 3";
    if (bytes.size() < 100 || std::memcmp(bytes.data(), header, sizeof header) != 0)
        return std::nullopt;
    const std::uint32_t size = (std::uint32_t{bytes[16]} << 8) | bytes[17];
    return size == 1 ? 65536 : size;
}

// Throws (refuseForeignJournal / refuseNotAJournal) unless rolling the journal `journal` back into the
// register `registerPath` gives this register as it was before an unfinished change.
void verifyHotJournal(const std::string &registerPath, const std::string &side, files::ReadFile &journal)
{
    unsigned char header[JournalHeaderBytes];
    if (!journal.readAt(header, sizeof header, 0) || std::memcmp(header, JournalMagic.data(), 8) != 0)
        refuseNotAJournal(registerPath, side, trygg::trMsg("it does not begin with SQLite's journal header"));
    const std::uint32_t originalPages = bigEndian32(header + 16);
    const std::uint32_t sectorSize = bigEndian32(header + 20);
    const std::uint32_t pageSize = bigEndian32(header + 24);
    if (!powerOfTwo(sectorSize) || sectorSize < 32 || sectorSize > 65536 || !powerOfTwo(pageSize) || pageSize < 512 ||
        pageSize > 65536)
        refuseNotAJournal(registerPath, side, trygg::trMsg("its header holds sizes SQLite never writes"));

    // The register as it is now (none yet when it is being created).
    files::ReadFile database(registerPath, files::Follow::Link);
    if (!database.isOpen() && errno != ENOENT)
        throw FileError(trygg::trMsg("%1: cannot read the register (%2)", registerPath, trygg::systemError(errno)));
    std::optional<files::FileStatus> databaseStat;
    if (database.isOpen() && (!(databaseStat = database.status()) || databaseStat->kind != files::Kind::Regular))
        throw FileError(trygg::trMsg("%1: cannot read the register (%2)", registerPath, trygg::systemError(errno)));
    const auto databaseSize = databaseStat ? static_cast<std::uint64_t>(databaseStat->identity.size) : 0;
    if (databaseSize > static_cast<std::uint64_t>(MaxVerifiedBytes))
        refuseForeignJournal(registerPath, side,
                             trygg::trMsg("the register is larger than the %1 MB Trygg can verify a journal against",
                                          MaxVerifiedBytes >> 20));
    std::vector<unsigned char> bytes(databaseSize);
    if (databaseSize > 0 && !database.readAt(bytes.data(), bytes.size(), 0))
        throw FileError(trygg::trMsg("%1: cannot read the register (%2)", registerPath, trygg::systemError(errno)));
    const std::optional<std::uint32_t> registerPageSize = pageSizeOf(bytes);
    if (registerPageSize && *registerPageSize != pageSize)
        refuseForeignJournal(
            registerPath, side,
            trygg::trMsg("its pages are of %1 bytes, the register's of %2", pageSize, *registerPageSize));
    const std::uint64_t originalBytes = std::uint64_t{originalPages} * pageSize;
    if (originalPages == 0 || originalBytes > databaseSize)
        refuseForeignJournal(registerPath, side,
                             trygg::trMsg("it describes a file of %1 pages, the register has %2", originalPages,
                                          databaseSize / pageSize));
    // The journal's size after the register was read: a change still being made (its writer holds SQLite's
    // lock, and SQLite will leave its journal alone) saves a page in the journal before it writes the page
    // into the register, so every page changed in what was read is in what is read now.
    const std::optional<files::FileStatus> journalStat = journal.status();
    if (!journalStat)
        throw FileError(trygg::trMsg("%1: cannot read %2 beside it (%3)", registerPath, side, trygg::systemError(errno)));
    const auto journalSize = static_cast<std::uint64_t>(journalStat->identity.size);
    if (journalSize > static_cast<std::uint64_t>(MaxVerifiedBytes))
        refuseForeignJournal(registerPath, side,
                             trygg::trMsg("it is larger than the %1 MB Trygg can verify", MaxVerifiedBytes >> 20));
    const std::optional<std::string> uidNow = uidOf(bytes);
    const std::optional<std::uint32_t> counterNow =
        registerPageSize ? std::optional<std::uint32_t>(bigEndian32(bytes.data() + 24)) : std::nullopt;

    // Roll it back in memory as SQLite would (pager_playback): every record of every segment up to the
    // first whose checksum fails, pages beyond the original size left out, the file cut to that size. Keeps
    // the register's page 1 before the change, if the journal saved it (the change counter at 24, the size
    // in pages at 28, valid when the counter is repeated at 92); a page 1 not saved was not changed.
    std::optional<std::vector<unsigned char>> savedFirstPage;
    std::vector<unsigned char> record(8 + std::size_t{pageSize});
    std::uint64_t offset = 0;
    bool done = false;
    while (!done && offset + JournalHeaderBytes <= journalSize) {
        unsigned char segment[JournalHeaderBytes];
        if (!journal.readAt(segment, sizeof segment, offset) || std::memcmp(segment, JournalMagic.data(), 8) != 0)
            break;
        std::uint64_t records = bigEndian32(segment + 8);
        const std::uint32_t checksumSeed = bigEndian32(segment + 12);
        offset += sectorSize;
        if (records == 0xffffffffu)
            records = offset < journalSize ? (journalSize - offset) / record.size() : 0;
        for (std::uint64_t i = 0; i < records; ++i, offset += record.size()) {
            if (!journal.readAt(record.data(), record.size(), offset)) {
                done = true;
                break;
            }
            const std::uint32_t page = bigEndian32(record.data());
            const unsigned char *data = record.data() + 4;
            std::uint32_t checksum = checksumSeed;
            for (std::int64_t at = static_cast<std::int64_t>(pageSize) - 200; at > 0; at -= 200)
                checksum += data[at];
            if (page == 0 || checksum != bigEndian32(data + pageSize)) {
                done = true;
                break;
            }
            if (page > originalPages)
                continue;
            std::memcpy(bytes.data() + std::uint64_t{page - 1} * pageSize, data, pageSize);
            if (page == 1 && !savedFirstPage)
                savedFirstPage.emplace(data, data + 100);
        }
        offset = (offset + sectorSize - 1) / sectorSize * sectorSize;
    }
    bytes.resize(originalBytes);

    // Page 1 before the change is the same state of the register: the change counter SQLite raises once per
    // change is the register's or one less, and the size it gives is the size the journal's header gives.
    // Without it in the journal, the register's own page 1 is that page, unchanged.
    const unsigned char *before = savedFirstPage ? savedFirstPage->data() : (registerPageSize ? bytes.data() : nullptr);
    bool sameState = before != nullptr;
    if (before && bigEndian32(before + 92) == bigEndian32(before + 24))
        sameState = bigEndian32(before + 28) == originalPages;
    if (savedFirstPage && (!counterNow || (*counterNow - bigEndian32(before + 24)) > 1))
        sameState = false;
    if (!sameState)
        refuseForeignJournal(registerPath, side, trygg::trMsg("it was made for another state of the file"));
    const Image image(bytes);
    const std::optional<std::string> applicationId = image.text("PRAGMA application_id");
    if (!applicationId || *applicationId != std::to_string(schema::ApplicationId))
        refuseForeignJournal(registerPath, side, trygg::trMsg("rolled back, the file would not be a Trygg register"));
    const std::optional<std::string> quickCheck = image.text("PRAGMA quick_check(1)");
    if (!quickCheck || *quickCheck != "ok")
        refuseForeignJournal(registerPath, side, trygg::trMsg("rolled back, the file would be damaged"));
    // A register older than version 4 has no id (a change to it stopped while upgrading it, say).
    const std::optional<std::string> uidThen = image.text("SELECT uid FROM register WHERE id = 1");
    if (uidNow && uidThen && *uidNow != *uidThen)
        refuseForeignJournal(registerPath, side, trygg::trMsg("it belongs to another register"));
}

void checkJournal(const std::string &registerPath, Purpose purpose)
{
    const std::string side = registerPath + "-journal";
    const std::optional<files::FileStatus> linkStat = files::statusAt(side, files::Follow::NotLink);
    if (!linkStat) {
        if (errno == ENOENT || errno == ENAMETOOLONG)
            return;
        throw FileError(trygg::trMsg("%1: cannot look at %2 beside it (%3)", registerPath, side, trygg::systemError(errno)));
    }
    if (linkStat->kind != files::Kind::Regular)
        refuseNotAJournal(registerPath, side, trygg::trMsg("it is %1", kindOf(linkStat->kind)));
    // Opened without following a link planted since, and never blocking on a pipe put there instead.
    files::ReadFile journal(side, files::Follow::NotLink);
    if (!journal.isOpen()) {
        if (errno == ENOENT) // finished by its writer meanwhile
            return;
        if (errno == ELOOP)
            refuseNotAJournal(registerPath, side, trygg::trMsg("it is %1", kindOf(files::Kind::Link)));
        throw FileError(trygg::trMsg("%1: cannot read %2 beside it (%3)", registerPath, side, trygg::systemError(errno)));
    }
    const std::optional<files::FileStatus> fileStat = journal.status();
    if (!fileStat)
        throw FileError(trygg::trMsg("%1: cannot read %2 beside it (%3)", registerPath, side, trygg::systemError(errno)));
    if (fileStat->kind != files::Kind::Regular)
        refuseNotAJournal(registerPath, side, trygg::trMsg("it is %1", kindOf(fileStat->kind)));
    if (fileStat->links != 1)
        refuseNotAJournal(registerPath, side,
                          trygg::trMsg("it has %1 names (hard links); writing it would change another file",
                                       static_cast<long long>(fileStat->links)));
    unsigned char first = 0;
    const bool hot = journal.readAt(&first, 1, 0) && first != 0;
    if (hot)
        verifyHotJournal(registerPath, side, journal);
    else if (purpose == Purpose::Write && !files::canWrite(side))
        throw FileError(
            trygg::trMsg("%1: %2 beside the register, left over from an earlier change, cannot be written by you (%3), "
                         "so no change could be saved. Nothing was changed. Move %2 away (it holds nothing to roll "
                         "back), then open the register again.",
                         registerPath, side, trygg::systemError(errno)));
}

} // namespace

void checkKinds(const std::string &registerPath)
{
    checkWriteAheadLog(registerPath);
    const std::string side = registerPath + "-journal";
    const std::optional<files::FileStatus> linkStat = files::statusAt(side, files::Follow::NotLink);
    if (!linkStat)
        return;
    if (linkStat->kind != files::Kind::Regular)
        refuseNotAJournal(registerPath, side, trygg::trMsg("it is %1", kindOf(linkStat->kind)));
    if (linkStat->links != 1)
        refuseNotAJournal(registerPath, side,
                          trygg::trMsg("it has %1 names (hard links); writing it would change another file",
                                       static_cast<long long>(linkStat->links)));
}

void check(const std::string &registerPath, Purpose purpose)
{
    checkWriteAheadLog(registerPath);
    checkJournal(registerPath, purpose);
    // A register switched to the write-ahead log by another program (its header's read and write versions,
    // bytes 18 and 19, are 2): SQLite would make and read a -wal for it, which the file system Database
    // gives SQLite cannot.
    files::ReadFile database(registerPath, files::Follow::Link);
    unsigned char header[20];
    const std::optional<files::FileStatus> info = database.isOpen() ? database.status() : std::nullopt;
    if (info && info->kind == files::Kind::Regular && database.readAt(header, sizeof header, 0) && std::memcmp(header, "SQLite format 3", 16) == 0 &&
        (header[18] == 2 || header[19] == 2))
        throw FileError(trygg::trMsg(
            "%1: another program has switched the register to SQLite's write-ahead log, which Trygg never uses "
            "(SQLite would read the register through files beside it). Nothing was read or changed. Switch it back "
            "with that program (in sqlite3: PRAGMA journal_mode = DELETE), then open the register again.",
            registerPath));
}

void checkWriteAheadLog(const std::string &registerPath)
{
    for (const char *suffix : {"-wal", "-shm"}) {
        const std::string side = registerPath + suffix;
        if (files::statusAt(side, files::Follow::NotLink))
            refuseWriteAheadLog(registerPath, side);
        if (errno != ENOENT && errno != ENAMETOOLONG) // a name too long for the folder: no such file can be
            throw FileError(
                trygg::trMsg("%1: cannot look at %2 beside it (%3)", registerPath, side, trygg::systemError(errno)));
    }
}

bool hotJournal(const std::string &registerPath)
{
    const std::string side = registerPath + "-journal";
    files::ReadFile journal(side, files::Follow::NotLink);
    const std::optional<files::FileStatus> fileStat = journal.isOpen() ? journal.status() : std::nullopt;
    if (!fileStat || fileStat->kind != files::Kind::Regular)
        return false;
    unsigned char first = 0;
    return journal.readAt(&first, 1, 0) && first != 0;
}

} // namespace trygg::sidefiles
