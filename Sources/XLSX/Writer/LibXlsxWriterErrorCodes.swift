internal import CXlsxWriter

// The libxlsxwriter error codes, bound to their C symbols, and their text from `lxw_strerror`.

extension XLSXWriterError.Code {
    init(_ error: lxw_error, _ name: String) {
        self.init(domain: .libxlsxwriter, value: error.rawValue, name: name)
    }

    /// libxlsxwriter's text for this code (`lxw_strerror`), or nil for codes of this layer.
    var libraryText: String? {
        guard domain == .libxlsxwriter else { return nil }
        return lxw_strerror(lxw_error(rawValue: value)).map { String(cString: $0) }
    }

    /// No error (`LXW_NO_ERROR`).
    public static let noError = Self(LXW_NO_ERROR, "noError")
    /// Memory allocation failed (`LXW_ERROR_MEMORY_MALLOC_FAILED`).
    public static let memoryMallocFailed = Self(LXW_ERROR_MEMORY_MALLOC_FAILED, "memoryMallocFailed")
    /// The .xlsx file could not be created (`LXW_ERROR_CREATING_XLSX_FILE`).
    public static let creatingXLSXFile = Self(LXW_ERROR_CREATING_XLSX_FILE, "creatingXLSXFile")
    /// A temporary file could not be created (`LXW_ERROR_CREATING_TMPFILE`).
    public static let creatingTmpfile = Self(LXW_ERROR_CREATING_TMPFILE, "creatingTmpfile")
    /// A temporary file could not be read (`LXW_ERROR_READING_TMPFILE`).
    public static let readingTmpfile = Self(LXW_ERROR_READING_TMPFILE, "readingTmpfile")
    /// Zip I/O error (`LXW_ERROR_ZIP_FILE_OPERATION`).
    public static let zipFileOperation = Self(LXW_ERROR_ZIP_FILE_OPERATION, "zipFileOperation")
    /// Zip parameter error (`LXW_ERROR_ZIP_PARAMETER_ERROR`).
    public static let zipParameterError = Self(LXW_ERROR_ZIP_PARAMETER_ERROR, "zipParameterError")
    /// Zip bad file error (`LXW_ERROR_ZIP_BAD_ZIP_FILE`).
    public static let zipBadZipFile = Self(LXW_ERROR_ZIP_BAD_ZIP_FILE, "zipBadZipFile")
    /// Zip internal error (`LXW_ERROR_ZIP_INTERNAL_ERROR`).
    public static let zipInternalError = Self(LXW_ERROR_ZIP_INTERNAL_ERROR, "zipInternalError")
    /// Adding a file to the zip failed (`LXW_ERROR_ZIP_FILE_ADD`).
    public static let zipFileAdd = Self(LXW_ERROR_ZIP_FILE_ADD, "zipFileAdd")
    /// Closing the zip failed (`LXW_ERROR_ZIP_CLOSE`).
    public static let zipClose = Self(LXW_ERROR_ZIP_CLOSE, "zipClose")
    /// A feature this libxlsxwriter build does not support (`LXW_ERROR_FEATURE_NOT_SUPPORTED`).
    public static let featureNotSupported = Self(LXW_ERROR_FEATURE_NOT_SUPPORTED, "featureNotSupported")
    /// A NULL parameter was ignored (`LXW_ERROR_NULL_PARAMETER_IGNORED`).
    public static let nullParameterIgnored = Self(LXW_ERROR_NULL_PARAMETER_IGNORED, "nullParameterIgnored")
    /// A parameter failed validation (`LXW_ERROR_PARAMETER_VALIDATION`).
    public static let parameterValidation = Self(LXW_ERROR_PARAMETER_VALIDATION, "parameterValidation")
    /// A sheet name is longer than 31 characters (`LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED`).
    public static let sheetNameLengthExceeded = Self(LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, "sheetNameLengthExceeded")
    /// A sheet name contains one of `[]:*?/\` (`LXW_ERROR_INVALID_SHEETNAME_CHARACTER`).
    public static let invalidSheetNameCharacter = Self(LXW_ERROR_INVALID_SHEETNAME_CHARACTER, "invalidSheetNameCharacter")
    /// A sheet name begins or ends with an apostrophe (`LXW_ERROR_SHEETNAME_START_END_APOSTROPHE`).
    public static let sheetNameStartEndApostrophe = Self(LXW_ERROR_SHEETNAME_START_END_APOSTROPHE, "sheetNameStartEndApostrophe")
    /// A sheet name is already used in the workbook, compared case-insensitively (`LXW_ERROR_SHEETNAME_ALREADY_USED`).
    public static let sheetNameAlreadyUsed = Self(LXW_ERROR_SHEETNAME_ALREADY_USED, "sheetNameAlreadyUsed")
    /// A string exceeds 32 characters (`LXW_ERROR_32_STRING_LENGTH_EXCEEDED`), e.g. a validation title.
    public static let string32LengthExceeded = Self(LXW_ERROR_32_STRING_LENGTH_EXCEEDED, "string32LengthExceeded")
    /// A string exceeds 128 characters (`LXW_ERROR_128_STRING_LENGTH_EXCEEDED`).
    public static let string128LengthExceeded = Self(LXW_ERROR_128_STRING_LENGTH_EXCEEDED, "string128LengthExceeded")
    /// A string exceeds 255 characters (`LXW_ERROR_255_STRING_LENGTH_EXCEEDED`), e.g. a validation message or list.
    public static let string255LengthExceeded = Self(LXW_ERROR_255_STRING_LENGTH_EXCEEDED, "string255LengthExceeded")
    /// A cell string exceeds 32,767 characters (`LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED`).
    public static let maxStringLengthExceeded = Self(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, "maxStringLengthExceeded")
    /// Shared string index not found (`LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND`).
    public static let sharedStringIndexNotFound = Self(LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND, "sharedStringIndexNotFound")
    /// A row or column index is out of range (`LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE`).
    public static let worksheetIndexOutOfRange = Self(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, "worksheetIndexOutOfRange")
    /// A URL is too long (`LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED`).
    public static let worksheetMaxURLLengthExceeded = Self(LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED, "worksheetMaxURLLengthExceeded")
    /// Too many URLs on a sheet (`LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED`).
    public static let worksheetMaxNumberURLsExceeded = Self(LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED, "worksheetMaxNumberURLsExceeded")
    /// Image dimensions could not be read (`LXW_ERROR_IMAGE_DIMENSIONS`).
    public static let imageDimensions = Self(LXW_ERROR_IMAGE_DIMENSIONS, "imageDimensions")
}
