import Frontline
