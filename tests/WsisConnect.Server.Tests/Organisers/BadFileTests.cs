using System.Net;
using System.Text;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>Files that are too big, malformed or dangerous: a clear report, and nothing applied until a clean preview is confirmed.</summary>
[Collection(OrganiserCollection.Name)]
public sealed class BadFileTests(OrganiserServerFixture server)
{
    [Fact]
    public async Task AFiftyMegabyteListWithAPhotoColumnStreamsThroughAndThePhotosAreNeitherReadNorStored()
    {
        var organiser = await server.OrganiserAsync();
        var photo = Convert.ToBase64String(Enumerable.Range(0, 19_000).Select(i => (byte)(i * 7)).ToArray());
        var file = new MemoryStream();
        file.Write(Encoding.UTF8.GetBytes(RegistrationList.Header + ",Photo\r\n"));
        for (var n = 1; file.Length < 50L * 1024 * 1024; n++)
        {
            file.Write(Encoding.UTF8.GetBytes(RegistrationList.Row("P", n) + "," + photo + "\r\n"));
        }
        var rows = (int)(file.Length / (photo.Length + 100));
        file.Position = 0;
        Assert.True(file.Length >= 50L * 1024 * 1024);

        var preview = await organiser.ImportRegistrationAsync(file, "with-photos.csv").WaitAsync(Waits.Import);

        Assert.Empty(preview.Errors);
        Assert.InRange(preview.Added, rows - 50, rows + 50);
        Assert.Contains(preview.Warnings, w => w.Field == "Photo" && w.Line == 1);
        await organiser.DiscardRegistrationImportAsync(preview.Id);
        var gone = await Assert.ThrowsAsync<ForumApiException>(() => organiser.ConfirmRegistrationImportAsync(preview.Id));
        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.ImportNotFound), (gone.Status, gone.Code));
        Assert.Equal(0, (await organiser.SearchPeopleAsync("P-00001")).Total);
    }

    [Fact]
    public async Task AFormulaInACellIsAnErrorOnItsLineAndNothingIsAppliedUntilTheBadRowIsSkipped()
    {
        var organiser = await server.OrganiserAsync();
        var csv = RegistrationList.Csv([RegistrationList.Row("F", 1), RegistrationList.Row("F", 2, "=HYPERLINK(\"http://evil.example\";\"Click\")"),
            RegistrationList.Row("F", 3, "@SUM(A1:A9)"), RegistrationList.Row("F", 4, "-2+3 Consulting")]);

        var preview = await organiser.ImportRegistrationAsync(new MemoryStream(csv));

        Assert.Equal([(3, "F-00002", "organisation"), (4, "F-00003", "organisation"), (5, "F-00004", "organisation")],
            preview.Errors.Select(e => (e.Line ?? 0, e.Key, e.Field)).ToArray());
        Assert.Equal((1, 3), (preview.Added, preview.Invalid));
        var refused = await Assert.ThrowsAsync<ForumApiException>(() => organiser.ConfirmRegistrationImportAsync(preview.Id));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, ErrorCodes.ImportHasErrors), (refused.Status, refused.Code));
        Assert.Equal(0, (await organiser.SearchPeopleAsync("F-00001")).Total);

        var applied = await organiser.ConfirmRegistrationImportAsync(preview.Id, skipInvalid: true);
        Assert.Equal((1, 3), (applied.Added, applied.Skipped));
        Assert.Equal(1, (await organiser.SearchPeopleAsync("F-00001")).Total);
        Assert.Equal(0, (await organiser.SearchPeopleAsync("F-00002")).Total);
        var export = await organiser.ExportCodesAsync();
        Assert.DoesNotContain(export.Split("\r\n").SelectMany(line => line.Split(',')), cell => cell.TrimStart('"').StartsWith('=') || cell.TrimStart('"').StartsWith('@'));
    }

    [Fact]
    public async Task ABomCrlfAndQuotedNewlinesAreReadAndLaterLinesKeepTheirNumbers()
    {
        var organiser = await server.OrganiserAsync();
        var csv = "\uFEFF" + RegistrationList.Header + "\r\n" +
            "Q-1,Ana,Lima,\"Open Schools\r\nfor All\",BR,Civil society,On site,Delegate,,ana@q.example\r\n" +
            "Q-2,Bo,Chen,\"Line one\nline two\nline three\",CN,Academia,Remote,Delegate,,bo@q.example\r\n" +
            "Q-3,Cy,Ndiaye,Sahel Net,Atlantis,Civil society,On site,Delegate,,cy@q.example\r\n";

        var preview = await organiser.ImportRegistrationAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        var error = Assert.Single(preview.Errors);
        Assert.Equal((7, "Q-3", "country"), (error.Line, error.Key, error.Field));
        Assert.Contains("Atlantis", error.Reason, StringComparison.Ordinal);
        Assert.Equal(2, preview.Added);
        await organiser.ConfirmRegistrationImportAsync(preview.Id, skipInvalid: true);
        var ana = Assert.Single((await organiser.SearchPeopleAsync("Q-1")).People);
        Assert.Equal(("Ana Lima", "Open Schools\r\nfor All", "BR"), (ana.Profile.Name, ana.Profile.Organisation, ana.Profile.Country));
        Assert.DoesNotContain('\r', Assert.Single((await organiser.SearchPeopleAsync("Q-2")).People).Email!);
    }

    [Fact]
    public async Task UnknownActionLinesAndDuplicateIdsAreErrorsWithTheirLinesAndTheAgendaIsUntouched()
    {
        var organiser = await server.OrganiserAsync();
        var before = await organiser.GetAgendaAsync();
        var csv = "id,title,day,start,end,room,format,action lines,SDGs\n" +
            "d-1,One,2026-07-07,09:00,10:00,Room A,Workshop,C12,9\n" +
            "d-2,Two,2026-07-07,09:00,10:00,Room B,Workshop,C2,18\n" +
            "d-3,Three,2026-07-07,09:00,10:00,Room C,Workshop,C3,9\n" +
            "d-3,Three again,2026-07-07,11:00,12:00,Room C,Workshop,C3,9\n" +
            "d-4,Four,2026-07-07,09:00,10:00,Room D,Dance-off,C4,4\n";

        var preview = await organiser.ImportAgendaAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "text/csv");

        Assert.Equal([(2, "d-1", "action lines"), (3, "d-2", "SDGs"), (4, "d-3", "id"), (5, "d-3", "id"), (6, "d-4", "format")],
            preview.Errors.Select(e => (e.Line ?? 0, e.Key, e.Field)).Order().ToArray());
        Assert.Equal((0, 5), (preview.Added, preview.Rows));
        Assert.Equal(ErrorCodes.ImportHasErrors, (await Assert.ThrowsAsync<ForumApiException>(() => organiser.ConfirmAgendaImportAsync(preview.Id))).Code);
        Assert.Equal(before.Version, (await organiser.GetAgendaAsync()).Version);

        var missing = await Assert.ThrowsAsync<ForumApiException>(() => organiser.ImportAgendaAsync(new MemoryStream("title,room\nA,B\n"u8.ToArray()), "text/csv"));
        Assert.Equal((HttpStatusCode.BadRequest, ErrorCodes.ImportInvalidFile), (missing.Status, missing.Code));
        var broken = await Assert.ThrowsAsync<ForumApiException>(() => organiser.ImportAgendaAsync(new MemoryStream("{\"schedule\": {\"conference\": [1,"u8.ToArray()), "application/json"));
        Assert.Equal(ErrorCodes.ImportInvalidFile, broken.Code);
    }

    [Fact]
    public async Task ADuplicateExternalIdMakesBothRowsInvalidAndNeitherPersonIsRegistered()
    {
        var organiser = await server.OrganiserAsync();
        var preview = await organiser.ImportRegistrationAsync(new MemoryStream(RegistrationList.Csv([RegistrationList.Row("D", 1), RegistrationList.Row("D", 2), RegistrationList.Row("D", 1, "Twin")])));

        Assert.Equal([(2, "D-00001", "id"), (4, "D-00001", "id")], preview.Errors.Select(e => (e.Line ?? 0, e.Key, e.Field)).Order().ToArray());
        Assert.Equal((3, 1, 2), (preview.Rows, preview.Added, preview.Invalid));
        await organiser.ConfirmRegistrationImportAsync(preview.Id, skipInvalid: true);
        Assert.Equal(0, (await organiser.SearchPeopleAsync("D-00001")).Total);
        Assert.Equal(1, (await organiser.SearchPeopleAsync("D-00002")).Total);
    }
}
