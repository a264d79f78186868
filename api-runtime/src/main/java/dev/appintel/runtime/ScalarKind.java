package dev.appintel.runtime;

/** The scalar types of the spec: {@code string}, {@code integer}, {@code number}, {@code boolean} and the date formats. */
public enum ScalarKind {
    /** {@code type: string}. */
    STRING,
    /** {@code type: integer}. */
    INT32,
    /** {@code type: integer, format: int64}. */
    INT64,
    /** {@code type: number}. */
    NUMBER,
    /** {@code type: boolean}. */
    BOOLEAN,
    /** {@code type: string, format: date}: {@code 2021-07-15}. */
    DATE,
    /** {@code type: string, format: date-time}: {@code 2021-07-15T00:00:00Z}. */
    DATE_TIME
}
