using System.Text;

namespace ToolCalling.Testing.Tests.Json;

public sealed class JsonInputReadFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("json-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static JsonInputException ReadFails(string path, JsonInputLimits? limits = null)
    {
        var read = () => JsonInput.ReadFile(path, limits);
        return read.Should().Throw<JsonInputException>().Which;
    }

    [Fact]
    public void ReadFile_Utf8FileWithByteOrderMark_IsParsed()
    {
        var path = Write("tool.json", [0xEF, 0xBB, 0xBF, .. "{\"a\": \"caf\u00e9\"}"u8]);

        JsonInput.ReadFile(path)!["a"]!.GetValue<string>().Should().Be("caf\u00e9");
    }

    [Fact]
    public void ReadFile_SyntaxError_MessageStartsWithThePathAsGiven()
    {
        var path = Write("tool.json", "{\n  \"a\": 1,\n}"u8.ToArray());

        ReadFails(path).Message.Should().StartWith($"{path}:2:9: a comma before '}}'");
    }

    [Fact]
    public void ReadFile_MissingFile_SaysItDoesNotExist() =>
        ReadFails(Path.Combine(_folder, "nope.json")).Reason.Should().StartWith("the file does not exist");

    [Fact]
    public void ReadFile_LinkToAFileThatIsGone_SaysWhereItLeads()
    {
        var link = Path.Combine(_folder, "tool.json");
        File.CreateSymbolicLink(link, "old/tool.json");

        ReadFails(link).Reason.Should().Be("it is a link to old/tool.json, which does not exist; point the link at the JSON file, or give that file itself");
    }

    [Fact]
    public void ReadFile_Folder_SaysItIsAFolder() => ReadFails(_folder).Reason.Should().StartWith("this is a folder");

    [Fact]
    public void ReadFile_EmptyFile_SaysItIsEmpty() => ReadFails(Write("empty.json", [])).Reason.Should().StartWith("it is empty");

    [Fact]
    public void ReadFile_FileOverMaxBytes_IsRejectedBeforeParsing() =>
        ReadFails(Write("big.json", new byte[3000]), new JsonInputLimits(MaxBytes: 2048)).Reason.Should().StartWith("it is 2.9 KiB, over the limit of 2 KiB");

    [Fact]
    public void ReadFile_Utf16File_AsksForUtf8() =>
        ReadFails(Write("tool.json", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray()))
            .Reason.Should().Be("the file is saved as UTF-16; save it as UTF-8 instead");

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16BE")]
    public void ReadFile_Utf16FileWithoutAByteOrderMark_AsksForUtf8(string encoding) =>
        ReadFails(Write("tool.json", Encoding.GetEncoding(encoding).GetBytes("{\"type\": \"function\"}")))
            .Reason.Should().Be("the file looks saved as UTF-16 without a byte order mark (every other byte is 0); save it as UTF-8 instead");

    [Fact]
    public void ReadFile_Utf32File_SaysUtf32() =>
        ReadFails(Write("tool.json", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes("{}")).ToArray()))
            .Reason.Should().Be("the file is saved as UTF-32; save it as UTF-8 instead");

    [Fact]
    public void ReadFile_BinaryFile_SaysItLooksBinary() =>
        ReadFails(Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])).Reason.Should().Contain("binary data");

    [Fact]
    public void ReadFile_Latin1File_NamesTheBadByteAndItsPlace()
    {
        var error = ReadFails(Write("tool.json", [.. "{\n  \"a\": \"caf"u8, 0xE9, .. "\"}"u8]));

        error.Reason.Should().StartWith("the file is not valid UTF-8 (the byte 0xE9");
        (error.Line, error.Column).Should().Be((2, 12));
    }
}
