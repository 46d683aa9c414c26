using System.Text.RegularExpressions;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>The emoji short codes the bot uses, shown as Slack shows them; others stay as typed.</summary>
internal static partial class Emoji
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["wave"] = "👋", ["warning"] = "⚠️", ["white_check_mark"] = "✅", ["heavy_check_mark"] = "✔️", ["x"] = "❌",
        ["calendar"] = "📆", ["date"] = "📅", ["spiral_calendar_pad"] = "🗓️", ["alarm_clock"] = "⏰", ["bell"] = "🔔",
        ["tada"] = "🎉", ["bulb"] = "💡", ["books"] = "📚", ["memo"] = "📝", ["pushpin"] = "📌", ["star"] = "⭐",
        ["hourglass"] = "⌛", ["hourglass_flowing_sand"] = "⏳", ["thumbsup"] = "👍", ["+1"] = "👍", ["heart"] = "❤️",
        ["information_source"] = "ℹ️", ["mag"] = "🔍", ["link"] = "🔗", ["page_facing_up"] = "📄", ["busts_in_silhouette"] = "👥",
        ["raising_hand"] = "🙋", ["no_entry"] = "⛔", ["no_entry_sign"] = "🚫", ["sparkles"] = "✨", ["rocket"] = "🚀",
        ["mailbox"] = "📫", ["inbox_tray"] = "📥", ["lock"] = "🔒", ["email"] = "📧", ["newspaper"] = "📰",
        ["bar_chart"] = "📊", ["clipboard"] = "📋", ["speech_balloon"] = "💬", ["handshake"] = "🤝", ["clock1"] = "🕐",
        ["clock3"] = "🕒", ["arrow_right"] = "➡️", ["point_right"] = "👉", ["seedling"] = "🌱", ["computer"] = "💻",
        ["video_camera"] = "📹", ["ballot_box_with_check"] = "☑️", ["grey_question"] = "❔", ["question"] = "❓",
        ["wastebasket"] = "🗑️", ["pencil2"] = "✏️", ["repeat"] = "🔁", ["eyes"] = "👀", ["smile"] = "😄",
    };

    public static string Replace(string text) =>
        Code().Replace(text, m => Known.TryGetValue(m.Groups[1].Value, out var emoji) ? emoji : m.Value);

    [GeneratedRegex(@":([a-z0-9_+\-]+):")] private static partial Regex Code();
}
