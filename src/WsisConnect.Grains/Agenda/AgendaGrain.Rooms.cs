using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Agenda;

public sealed partial class AgendaGrain
{
    public async Task<string[]> AddRoomAsync(Caller caller, string name)
    {
        EnsureOrganiser(caller);
        if (Applied() is not null)
        {
            return [.. state.State.Rooms];
        }
        if (state.State.Rooms.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ForumException(ErrorCodes.RoomExists, $"There is a room {name} already.");
        }
        state.State.Rooms.Add(name);
        Remember(name);
        await CommitAsync();
        return [.. state.State.Rooms];
    }

    public async Task<string[]> RenameRoomAsync(Caller caller, string name, string newName)
    {
        EnsureOrganiser(caller);
        if (Applied() is not null)
        {
            return [.. state.State.Rooms];
        }
        var index = RoomIndex(name);
        if (!string.Equals(name, newName, StringComparison.OrdinalIgnoreCase) && state.State.Rooms.Contains(newName, StringComparer.OrdinalIgnoreCase))
        {
            throw new ForumException(ErrorCodes.RoomExists, $"There is a room {newName} already.");
        }
        var moved = state.State.Sessions.Values.Where(s => s.Room == state.State.Rooms[index]).Select(s => s with { Room = newName }).ToList();
        foreach (var batch in moved.Chunk(Parallelism))
        {
            await Task.WhenAll(batch.Select(s => GrainFactory.GetGrain<ISessionGrain>(s.Id).PublishAsync(s)));
        }
        state.State.Rooms[index] = newName;
        foreach (var session in moved)
        {
            Put(session);
        }
        Remember(newName);
        await CommitAsync();
        return [.. state.State.Rooms];
    }

    public async Task<string[]> RemoveRoomAsync(Caller caller, string name)
    {
        EnsureOrganiser(caller);
        if (Applied() is not null)
        {
            return [.. state.State.Rooms];
        }
        var index = RoomIndex(name);
        if (state.State.Sessions.Values.Any(s => s.Room == state.State.Rooms[index]))
        {
            throw new ForumException(ErrorCodes.RoomNotEmpty, $"Sessions still take place in {name}; move them to another room first.");
        }
        state.State.Rooms.RemoveAt(index);
        Remember(name);
        await CommitAsync();
        return [.. state.State.Rooms];
    }

    private int RoomIndex(string name)
    {
        var index = state.State.Rooms.FindIndex(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new ForumException(ErrorCodes.RoomNotFound, $"There is no room {name}.");
    }
}
