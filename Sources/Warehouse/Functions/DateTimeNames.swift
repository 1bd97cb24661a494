/// Month and weekday names as Redshift prints them (TO_CHAR) and reads them (TO_DATE, NEXT_DAY).
enum DateTimeNames {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    /// Sunday first, as `CalendarDate.dayOfWeek` numbers them.
    static let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let romanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
}
