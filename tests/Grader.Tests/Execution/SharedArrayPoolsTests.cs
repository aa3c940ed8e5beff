using System.Buffers;
using Grader.Worker.Execution;

namespace Grader.Tests.Execution;

/// <summary>
/// The worker empties the process's shared array pools through their private fields. These tests fail when a runtime
/// update builds the pools otherwise: the worker would then be retired after every exercise, which is safe but slow.
/// </summary>
public class SharedArrayPoolsTests
{
    [Fact]
    public void Empty_OnThisRuntime_FindsBothPools() =>
        SharedArrayPools.Empty().Should().BeTrue("the shared pools of bytes and characters should still keep their arrays in the fields the worker clears");

    [Fact]
    public void Empty_CharacterArrayReturnedBefore_IsNotHandedOutAgain()
    {
        var returned = ArrayPool<char>.Shared.Rent(4096);
        "a hidden test's inputs".CopyTo(returned);
        ArrayPool<char>.Shared.Return(returned);

        SharedArrayPools.Empty();
        var next = ArrayPool<char>.Shared.Rent(4096);

        next.Should().NotBeSameAs(returned, "the pool must start again from new arrays");
        ArrayPool<char>.Shared.Return(next);
    }

    [Fact]
    public void Empty_ByteArrayReturnedBefore_IsNotHandedOutAgain()
    {
        var returned = ArrayPool<byte>.Shared.Rent(4096);
        returned[0] = 42;
        ArrayPool<byte>.Shared.Return(returned);

        SharedArrayPools.Empty();
        var next = ArrayPool<byte>.Shared.Rent(4096);

        next.Should().NotBeSameAs(returned, "the pool must start again from new arrays");
        ArrayPool<byte>.Shared.Return(next);
    }
}
