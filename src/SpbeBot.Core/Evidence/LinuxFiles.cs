using System.Runtime.InteropServices;

namespace SpbeBot.Core.Evidence;

/// <summary>
/// The two file-system calls the evidence store needs and .NET does not offer, made directly to the C library on
/// Linux. Elsewhere they report "not done" and the store uses what .NET has.
/// </summary>
static class LinuxFiles
{
    const int EEXIST = 17, EINVAL = 22, ENOSYS = 38, ENOTSUP = 95, AT_FDCWD = -100, RENAME_NOREPLACE = 1;

    // O_RDONLY is 0 everywhere. O_DIRECTORY (fail unless it is a directory) differs by architecture:
    // 0200000 in asm-generic (x86, x86-64, RISC-V, ...) but 040000 on arm, arm64 and powerpc, where 0200000 is O_DIRECT.
    static readonly int OpenFolderFlags = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 or Architecture.RiscV64 or Architecture.LoongArch64 or Architecture.S390x => 0x10000,
        Architecture.Arm64 or Architecture.Arm or Architecture.Ppc64le => 0x4000,
        _ => 0,   // a plain read-only open works on a directory too; O_DIRECTORY only adds the check
    };

    static bool _noRenameat2;

    /// <summary>
    /// fsync of each folder. A rename or a new name is an entry in its folder, and the entry reaches the disk only when
    /// the folder itself is synced: without this a power cut can undo an acknowledged rename. .NET cannot open a
    /// directory as a stream, hence open(2)/fsync(2)/close(2). Does nothing off Linux (NTFS journals its metadata; macOS
    /// is only a development platform here). Throws IOException when the disk reports an error, so nothing is
    /// acknowledged that may not be on it.
    /// </summary>
    public static void SyncFolders(params string[] folders)
    {
        if (!OperatingSystem.IsLinux()) return;
        foreach (var folder in folders)
        {
            var fd = Open(folder, OpenFolderFlags);
            if (fd < 0) throw new IOException($"Cannot open folder {folder} to sync it (errno {Marshal.GetLastPInvokeError()}).");
            try
            {
                // EINVAL/ENOTSUP: this file system cannot sync a directory at all (some FUSE and network mounts).
                if (Fsync(fd) < 0 && Marshal.GetLastPInvokeError() is var errno && errno is not (EINVAL or ENOTSUP))
                    throw new IOException($"Cannot sync folder {folder} (errno {errno}).");
            }
            finally
            {
                _ = Close(fd);
            }
        }
    }

    /// <summary>
    /// Renames <paramref name="from"/> to <paramref name="to"/> in one step that fails if <paramref name="to"/> exists
    /// (renameat2 with RENAME_NOREPLACE). File.Move(overwrite: false) checks and renames in two steps on Unix, so two
    /// concurrent commits of the same content could both "win". Returns false when this platform or file system cannot
    /// do it (the caller falls back to File.Move); throws IOException when the target exists or the rename fails.
    /// </summary>
    public static bool TryRenameNoReplace(string from, string to)
    {
        if (!OperatingSystem.IsLinux() || _noRenameat2) return false;
        try
        {
            if (Renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0) return true;
        }
        catch (EntryPointNotFoundException)
        {
            _noRenameat2 = true;   // a C library older than glibc 2.28
            return false;
        }
        var errno = Marshal.GetLastPInvokeError();
        return errno switch
        {
            EINVAL or ENOSYS or ENOTSUP => false,   // the kernel or file system lacks RENAME_NOREPLACE
            EEXIST => throw new IOException($"{to} already exists."),
            _ => throw new IOException($"Cannot rename {from} to {to} (errno {errno})."),
        };
    }

    // DllImport rather than LibraryImport: no source generator or unsafe code needed. On Linux the runtime maps "libc"
    // to the C library; paths marshal as UTF-8.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    static extern int Close(int fd);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    static extern int Renameat2(int oldDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirFd,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
