using System.Text;

namespace ToolCalling.Testing.Tests.Json;

public sealed class JsonInputReadStreamTests
{
    private const string Source = "<stdin>";

    private static JsonInputException ReadFails(Stream stream, JsonInputLimits? limits = null)
    {
        var read = () => JsonInput.ReadBytes(stream, Source, limits);
        return read.Should().Throw<JsonInputException>().Which;
    }

    [Fact]
    public void ReadBytes_StreamReadInSmallPieces_ReturnsEveryByteForParsing()
    {
        var json = "{\"name\": \"caf\u00e9\", \"padding\": \"" + new string('x', 200_000) + "\"}";

        var bytes = JsonInput.ReadBytes(new TrickleStream(Encoding.UTF8.GetBytes(json)), Source);

        JsonInput.Parse(bytes, Source)!["name"]!.GetValue<string>().Should().Be("caf\u00e9");
        JsonLines.Of(bytes).LineOf("$.padding").Should().Be(1);
    }

    [Fact]
    public void ReadBytes_StreamOneByteOverTheLimit_IsRefusedWithoutReadingItAll()
    {
        var stream = new MemoryStream(new byte[1_000_000]);

        ReadFails(stream, new JsonInputLimits(MaxBytes: 2048)).Reason.Should().StartWith("it is at least 2 KiB, over the limit of 2 KiB");
        stream.Position.Should().BeLessThan(100_000, "reading stops just past the limit");
    }

    [Fact]
    public void ReadBytes_StreamOfExactlyTheLimit_IsRead()
    {
        var json = "[" + new string(' ', 2046) + "]";

        JsonInput.ReadBytes(new MemoryStream(Encoding.UTF8.GetBytes(json)), Source, new JsonInputLimits(MaxBytes: 2048)).Should().HaveCount(2048);
    }

    [Fact]
    public void ReadBytes_Utf16Text_CallsItTheInputNotAFile() =>
        ReadFails(new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{}")]))
            .Reason.Should().Be("the input is saved as UTF-16; save it as UTF-8 instead");

    [Fact]
    public void ReadBytes_StreamThatFails_IsAnInputErrorNamingTheSource()
    {
        var error = ReadFails(new FailingStream());

        error.Message.Should().StartWith($"{Source}: it cannot be read: the pipe broke");
    }

    [Fact]
    public void Parse_Latin1Bytes_NamesTheBadByteAndItsPlace()
    {
        var parse = () => JsonInput.Parse([.. "{\"a\": \"caf"u8, 0xE9, .. "\"}"u8], Source);

        var error = parse.Should().Throw<JsonInputException>().Which;
        error.Reason.Should().StartWith("the input is not valid UTF-8 (the byte 0xE9");
        (error.Line, error.Column).Should().Be((1, 11));
    }

    /// <summary>A pipe: it hands out a few bytes per read, however many were asked for.</summary>
    private sealed class TrickleStream(byte[] content) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("the pipe broke");
    }
}
