namespace BrigadeBot.Features.Events;

public enum LearningProgress { Yes, ALittle, No }
