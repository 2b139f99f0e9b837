/* Good Practice Transfer: practice profile editing (filled in by the editing work). */
