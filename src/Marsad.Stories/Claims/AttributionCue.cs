namespace Marsad.Stories.Claims;

/// <summary>Where a responsibility cue puts the actor it names, relative to the cue word.</summary>
internal enum AttributionCue
{
    /// <summary>The first name after the verb: تبنى تنظيم داعش الهجوم، الهجوم الذي نفذه مسلحو الحركة.</summary>
    After,

    /// <summary>The last name before "بتنفيذ"/"مسؤولية": اتهمت الحكومة حزب العمال بتنفيذ الهجوم، حملت دمشق إسرائيل مسؤولية الهجوم.</summary>
    Accused,

    /// <summary>The first name after إلى: نُسب الهجوم إلى جماعة أنصار الإسلام.</summary>
    AttributedTo,

    /// <summary>The nearest name before the cue: أعلن تنظيم داعش مسؤوليته عن الهجوم، داعش هو المسؤول عن التفجير، يقف وراء الهجوم.</summary>
    Before,
}
