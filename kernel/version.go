package kernel

// Version is spargo's version, the one string that kernel_info, the
// kernelspec and `spargo version` all report.
const Version = "0.1.0"
