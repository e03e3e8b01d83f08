public enum TalkEnginePlaceholder {}
