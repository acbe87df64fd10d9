internal import CXlsxWriter

// The libxlsxwriter error codes, bound to their C symbols, and their text from `lxw_strerror`.

extension XLSXWriterError.Code {
    init(_ error: lxw_error, _ name: String, symbol: String) {
        self.init(domain: .libxlsxwriter, value: error.rawValue, name: name, symbol: symbol)
    }

    /// The named member for a code libxlsxwriter returned, found among the members bound to the C symbols; a code
    /// this layer does not know (a newer libxlsxwriter) keeps its number in the name and has no symbol.
    init(returned error: lxw_error) {
        if let known = Self.libxlsxwriterCodes.first(where: { $0.value == error.rawValue }) {
            self = known
        } else {
            self.init(domain: .libxlsxwriter, value: error.rawValue, name: "lxw_error(\(error.rawValue))", symbol: nil)
        }
    }

    /// libxlsxwriter's text for this code (`lxw_strerror`), or nil for codes of this layer.
    var libraryText: String? {
        guard domain == .libxlsxwriter else { return nil }
        return lxw_strerror(lxw_error(rawValue: value)).map { String(cString: $0) }
    }

    /// No error (`LXW_NO_ERROR`).
    public static let noError = Self(LXW_NO_ERROR, "noError", symbol: "LXW_NO_ERROR")
    /// Memory allocation failed (`LXW_ERROR_MEMORY_MALLOC_FAILED`).
    public static let memoryMallocFailed = Self(LXW_ERROR_MEMORY_MALLOC_FAILED, "memoryMallocFailed", symbol: "LXW_ERROR_MEMORY_MALLOC_FAILED")
    /// The .xlsx file could not be created (`LXW_ERROR_CREATING_XLSX_FILE`).
    public static let creatingXLSXFile = Self(LXW_ERROR_CREATING_XLSX_FILE, "creatingXLSXFile", symbol: "LXW_ERROR_CREATING_XLSX_FILE")
    /// A temporary file could not be created (`LXW_ERROR_CREATING_TMPFILE`).
    public static let creatingTmpfile = Self(LXW_ERROR_CREATING_TMPFILE, "creatingTmpfile", symbol: "LXW_ERROR_CREATING_TMPFILE")
    /// A temporary file could not be read (`LXW_ERROR_READING_TMPFILE`).
    public static let readingTmpfile = Self(LXW_ERROR_READING_TMPFILE, "readingTmpfile", symbol: "LXW_ERROR_READING_TMPFILE")
    /// Zip I/O error (`LXW_ERROR_ZIP_FILE_OPERATION`).
    public static let zipFileOperation = Self(LXW_ERROR_ZIP_FILE_OPERATION, "zipFileOperation", symbol: "LXW_ERROR_ZIP_FILE_OPERATION")
    /// Zip parameter error (`LXW_ERROR_ZIP_PARAMETER_ERROR`).
    public static let zipParameterError = Self(LXW_ERROR_ZIP_PARAMETER_ERROR, "zipParameterError", symbol: "LXW_ERROR_ZIP_PARAMETER_ERROR")
    /// Zip bad file error (`LXW_ERROR_ZIP_BAD_ZIP_FILE`).
    public static let zipBadZipFile = Self(LXW_ERROR_ZIP_BAD_ZIP_FILE, "zipBadZipFile", symbol: "LXW_ERROR_ZIP_BAD_ZIP_FILE")
    /// Zip internal error (`LXW_ERROR_ZIP_INTERNAL_ERROR`).
    public static let zipInternalError = Self(LXW_ERROR_ZIP_INTERNAL_ERROR, "zipInternalError", symbol: "LXW_ERROR_ZIP_INTERNAL_ERROR")
    /// Adding a file to the zip failed (`LXW_ERROR_ZIP_FILE_ADD`).
    public static let zipFileAdd = Self(LXW_ERROR_ZIP_FILE_ADD, "zipFileAdd", symbol: "LXW_ERROR_ZIP_FILE_ADD")
    /// Closing the zip failed (`LXW_ERROR_ZIP_CLOSE`).
    public static let zipClose = Self(LXW_ERROR_ZIP_CLOSE, "zipClose", symbol: "LXW_ERROR_ZIP_CLOSE")
    /// A feature this libxlsxwriter build does not support (`LXW_ERROR_FEATURE_NOT_SUPPORTED`).
    public static let featureNotSupported = Self(LXW_ERROR_FEATURE_NOT_SUPPORTED, "featureNotSupported", symbol: "LXW_ERROR_FEATURE_NOT_SUPPORTED")
    /// A NULL parameter was ignored (`LXW_ERROR_NULL_PARAMETER_IGNORED`).
    public static let nullParameterIgnored = Self(LXW_ERROR_NULL_PARAMETER_IGNORED, "nullParameterIgnored", symbol: "LXW_ERROR_NULL_PARAMETER_IGNORED")
    /// A parameter failed validation (`LXW_ERROR_PARAMETER_VALIDATION`).
    public static let parameterValidation = Self(LXW_ERROR_PARAMETER_VALIDATION, "parameterValidation", symbol: "LXW_ERROR_PARAMETER_VALIDATION")
    /// A sheet name is longer than 31 characters (`LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED`).
    public static let sheetNameLengthExceeded = Self(LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, "sheetNameLengthExceeded", symbol: "LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED")
    /// A sheet name contains one of `[]:*?/\` (`LXW_ERROR_INVALID_SHEETNAME_CHARACTER`).
    public static let invalidSheetNameCharacter = Self(LXW_ERROR_INVALID_SHEETNAME_CHARACTER, "invalidSheetNameCharacter", symbol: "LXW_ERROR_INVALID_SHEETNAME_CHARACTER")
    /// A sheet name begins or ends with an apostrophe (`LXW_ERROR_SHEETNAME_START_END_APOSTROPHE`).
    public static let sheetNameStartEndApostrophe = Self(LXW_ERROR_SHEETNAME_START_END_APOSTROPHE, "sheetNameStartEndApostrophe", symbol: "LXW_ERROR_SHEETNAME_START_END_APOSTROPHE")
    /// A sheet name is already used in the workbook, compared case-insensitively (`LXW_ERROR_SHEETNAME_ALREADY_USED`).
    public static let sheetNameAlreadyUsed = Self(LXW_ERROR_SHEETNAME_ALREADY_USED, "sheetNameAlreadyUsed", symbol: "LXW_ERROR_SHEETNAME_ALREADY_USED")
    /// A string exceeds 32 characters (`LXW_ERROR_32_STRING_LENGTH_EXCEEDED`), e.g. a validation title.
    public static let string32LengthExceeded = Self(LXW_ERROR_32_STRING_LENGTH_EXCEEDED, "string32LengthExceeded", symbol: "LXW_ERROR_32_STRING_LENGTH_EXCEEDED")
    /// A string exceeds 128 characters (`LXW_ERROR_128_STRING_LENGTH_EXCEEDED`).
    public static let string128LengthExceeded = Self(LXW_ERROR_128_STRING_LENGTH_EXCEEDED, "string128LengthExceeded", symbol: "LXW_ERROR_128_STRING_LENGTH_EXCEEDED")
    /// A string exceeds 255 characters (`LXW_ERROR_255_STRING_LENGTH_EXCEEDED`), e.g. a validation message or list.
    public static let string255LengthExceeded = Self(LXW_ERROR_255_STRING_LENGTH_EXCEEDED, "string255LengthExceeded", symbol: "LXW_ERROR_255_STRING_LENGTH_EXCEEDED")
    /// A cell string exceeds 32,767 characters (`LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED`).
    public static let maxStringLengthExceeded = Self(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, "maxStringLengthExceeded", symbol: "LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED")
    /// Shared string index not found (`LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND`).
    public static let sharedStringIndexNotFound = Self(LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND, "sharedStringIndexNotFound", symbol: "LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND")
    /// A row or column index is out of range (`LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE`).
    public static let worksheetIndexOutOfRange = Self(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, "worksheetIndexOutOfRange", symbol: "LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE")
    /// A URL is too long (`LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED`).
    public static let worksheetMaxURLLengthExceeded = Self(LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED, "worksheetMaxURLLengthExceeded", symbol: "LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED")
    /// Too many URLs on a sheet (`LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED`).
    public static let worksheetMaxNumberURLsExceeded = Self(LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED, "worksheetMaxNumberURLsExceeded", symbol: "LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED")
    /// Image dimensions could not be read (`LXW_ERROR_IMAGE_DIMENSIONS`).
    public static let imageDimensions = Self(LXW_ERROR_IMAGE_DIMENSIONS, "imageDimensions", symbol: "LXW_ERROR_IMAGE_DIMENSIONS")

    /// Every member above: the table `init(returned:)` looks codes up in.
    static let libxlsxwriterCodes: [Self] = [
        .noError,
        .memoryMallocFailed,
        .creatingXLSXFile,
        .creatingTmpfile,
        .readingTmpfile,
        .zipFileOperation,
        .zipParameterError,
        .zipBadZipFile,
        .zipInternalError,
        .zipFileAdd,
        .zipClose,
        .featureNotSupported,
        .nullParameterIgnored,
        .parameterValidation,
        .sheetNameLengthExceeded,
        .invalidSheetNameCharacter,
        .sheetNameStartEndApostrophe,
        .sheetNameAlreadyUsed,
        .string32LengthExceeded,
        .string128LengthExceeded,
        .string255LengthExceeded,
        .maxStringLengthExceeded,
        .sharedStringIndexNotFound,
        .worksheetIndexOutOfRange,
        .worksheetMaxURLLengthExceeded,
        .worksheetMaxNumberURLsExceeded,
        .imageDimensions,
    ]
}
