public enum TalkStorePlaceholder {}
