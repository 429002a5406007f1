@testable import Frontline
