using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Grader.Execution;

/// <summary>
/// A seccomp program, in the form bubblewrap's <c>--seccomp</c> reads, that lets the sandboxed worker start threads
/// but no processes. A fork bomb takes every process id of the machine within a fraction of a second, long before
/// the usage watch looks again, and then the grader cannot start a thread either. Learner code in these exercises
/// has no reason to start a process, so it may not: starting one fails with "Operation not permitted".
/// </summary>
internal static class NoNewProcessesFilter
{
    // The first fields of the kernel's struct seccomp_data.
    private const uint SyscallNumberOffset = 0;
    private const uint ArchitectureOffset = 4;
    private const uint FirstArgumentLowOffset = 16;

    private const uint AuditArchX8664 = 0xC000003E;
    private const uint AuditArchAarch64 = 0xC00000B7;

    // The x32 ABI numbers its calls from here on, with the same architecture as x86-64: a way around the numbers below.
    private const uint X32SyscallBit = 0x40000000;

    // A clone that makes a thread shares the process; every other clone makes a new one.
    private const uint CloneThread = 0x00010000;

    private const uint Allow = 0x7FFF0000;
    private const uint FailWithEperm = 0x00050000 | 1;

    // clone3 passes its flags in memory, where a filter cannot read them. Said to be missing, it makes the C library
    // fall back to clone, whose flags the filter can read.
    private const uint FailWithEnosys = 0x00050000 | 38;

    // The program ends in three returns, in this order; a check jumps to one of them by its place.
    private const int Pass = 0;
    private const int Refuse = 1;
    private const int SayMissing = 2;

    private const ushort LoadWord = 0x20; // BPF_LD | BPF_W | BPF_ABS
    private const ushort JumpIfEqual = 0x15; // BPF_JMP | BPF_JEQ | BPF_K
    private const ushort JumpIfAtLeast = 0x35; // BPF_JMP | BPF_JGE | BPF_K
    private const ushort JumpIfAnyBit = 0x45; // BPF_JMP | BPF_JSET | BPF_K
    private const ushort Return = 0x06; // BPF_RET | BPF_K

    private readonly record struct Instruction(ushort Code, byte JumpIfTrue, byte JumpIfFalse, uint Operand);

    /// <summary>The program for the processor this runs on, or null where it has none (only x64 and Arm64 have).</summary>
    public static byte[]? ForThisMachine() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => Encode(Program(AuditArchX8664, clone: 56, clone3: 435, forks: [57, 58], x32Bit: X32SyscallBit)),
        Architecture.Arm64 => Encode(Program(AuditArchAarch64, clone: 220, clone3: 435, forks: [], x32Bit: null)),
        _ => null,
    };

    private static List<Instruction> Program(uint architecture, uint clone, uint clone3, uint[] forks, uint? x32Bit)
    {
        // A jump counts the instructions it skips; each check is told how many checks follow it.
        var checks = new List<Func<int, Instruction>>
        {
            _ => new Instruction(LoadWord, 0, 0, ArchitectureOffset),
            toEnd => new Instruction(JumpIfEqual, 0, (byte)(toEnd + Refuse), architecture),
            _ => new Instruction(LoadWord, 0, 0, SyscallNumberOffset),
        };
        if (x32Bit is { } bit)
        {
            checks.Add(toEnd => new Instruction(JumpIfAtLeast, (byte)(toEnd + Refuse), 0, bit));
        }

        checks.AddRange(forks.Select(number => (Func<int, Instruction>)(toEnd => new Instruction(JumpIfEqual, (byte)(toEnd + Refuse), 0, number))));
        checks.Add(toEnd => new Instruction(JumpIfEqual, (byte)(toEnd + SayMissing), 0, clone3));
        checks.Add(toEnd => new Instruction(JumpIfEqual, 0, (byte)(toEnd + Pass), clone));
        checks.Add(_ => new Instruction(LoadWord, 0, 0, FirstArgumentLowOffset));
        checks.Add(toEnd => new Instruction(JumpIfAnyBit, (byte)(toEnd + Pass), (byte)(toEnd + Refuse), CloneThread));

        var program = checks.Select((check, index) => check(checks.Count - index - 1)).ToList();
        program.Add(new Instruction(Return, 0, 0, Allow));
        program.Add(new Instruction(Return, 0, 0, FailWithEperm));
        program.Add(new Instruction(Return, 0, 0, FailWithEnosys));
        return program;
    }

    // struct sock_filter, in the machine's byte order (both supported processors are little-endian).
    private static byte[] Encode(List<Instruction> program)
    {
        var bytes = new byte[program.Count * 8];
        for (var index = 0; index < program.Count; index++)
        {
            var slot = bytes.AsSpan(index * 8, 8);
            BinaryPrimitives.WriteUInt16LittleEndian(slot, program[index].Code);
            slot[2] = program[index].JumpIfTrue;
            slot[3] = program[index].JumpIfFalse;
            BinaryPrimitives.WriteUInt32LittleEndian(slot[4..], program[index].Operand);
        }

        return bytes;
    }
}
