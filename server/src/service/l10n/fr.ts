/**
 * French: the server's messages, in the terms French Windows uses for AD CS and certutil
 * (autorité de certification (AC), fournisseur de stockage de clés, fournisseur de services de chiffrement,
 * conteneur de clé, fournisseur). certutil's own field names (KeySpec, ProviderType, Flags) and commands stay
 * as certutil prints and reads them.
 */

import type { ServerBundle } from './serverMessages';

export const fr: ServerBundle = {
  messages: {
    'keyspec.ksp-nonzero':
      '{certificate}KeySpec vaut {keySpec}, mais la clé se trouve dans un fournisseur de stockage de clés CNG ({provider}). Une clé CNG n’a pas de spécification de clé : KeySpec doit donc valoir 0, sinon le renouvellement du certificat avec sa clé existante échoue. {advice}',
    'provider.type-mismatch': '{provider} est {providerKind}, mais ProviderType vaut {providerType}. {expected}',
    'dump.not-verbose':
      'Cette sortie a été produite sans -v : elle n’affiche ni ProviderType, ni Flags, ni KeySpec. Exécutez de nouveau `certutil -v -store {store}` pour vérifier le KeySpec de ses clés.',
    'keyprov.incomplete': 'Ce bloc de fournisseur de clé est incomplet (pas de {missing}) : son KeySpec ne peut pas être jugé.',
    'compare.fixed': 'Réparé depuis {before} : KeySpec valait {keySpecBefore}, maintenant {keySpecAfter}.',
    'compare.changed': 'Modifié depuis {before} : {changes}. Vérifiez que c’était voulu.',
    'compare.appeared': 'Ce certificat ne figure pas dans {before}.',
    'key.missing':
      '{what} : ce certificat a perdu le lien avec sa clé privée ; le renouvellement avec la clé existante, la signature et le déchiffrement échouent donc. {repair}',
    'key.container-inconsistent': '{detail} {which}',
    'key.container-hash':
      'Le nom de conteneur unique commence par {actual}, mais le MD5 du nom de conteneur en minuscules « {container} » ({encoding}) est {expected}. La sortie a peut-être été modifiée ou ressaisie : copiez les noms d’une nouvelle sortie de `certutil -v -store`.',
    'ca.csp-no-sha2':
      'Cette clé d’AC se trouve dans {provider} (PROV_RSA_FULL), qui ne peut pas signer en SHA-2. Déplacez la clé de l’AC vers un fournisseur de stockage de clés (migration de CSP vers KSP) avant de la renouveler en SHA-256.',
    'ca.sha1':
      'Ce certificat d’AC est signé avec {algorithm}. Les clients rejettent les signatures SHA-1 sur les certificats d’AC : renouvelez-le en SHA-256 auprès de son émetteur.',
    'key.short':
      'La clé RSA fait {bits} bits, moins que {minimum}. Un renouvellement avec la clé existante garde cette longueur : renouvelez avec une nouvelle clé de {minimum} bits ou plus.',
    'cert.expired': 'Ce {what} a expiré le {date} (il y a {days} jours).{superseded}',
    'cert.expiring': 'Ce {what} expire le {date}, dans {days} jours.{advice}',
    'keyspec.consumer':
      'KeySpec vaut 2 (AT_SIGNATURE) sur une clé d’un CSP hérité, mais {rule} : Schannel (IIS, SQL Server, RDP) exige AT_KEYEXCHANGE (KeySpec 1) pour une clé CSP. Générez un INF de réparation (correctif rapide) qui définit KeySpec=1.',
    'certutil.failed': '{source} a échoué avec {hex} {name} : {meaning} Ensuite : {next}',
    'careg.provider-mismatch':
      'Le Registre de l’AC (ca\\csp) indique {registry}, mais la clé de son certificat d’AC actuel (certificat {index}) se trouve dans {certificate}. CertSvc ouvre le fournisseur qu’indique le Registre : mettez-les en accord (certutil -setreg ca\\csp\\Provider, ProviderType) ou réparez le certificat.',
    'careg.cng-hash-on-csp':
      'CNGHashAlgorithm vaut {value}, mais le fournisseur de l’AC est un CSP, qui signe avec HashAlgorithm : cette valeur reste sans effet tant que la clé de l’AC n’est pas passée à un KSP.',
    'careg.hash-confusion':
      'HashAlgorithm vaut {value}, mais une AC sur un fournisseur de stockage de clés signe avec CNGHashAlgorithm, qui n’est pas défini. Définissez-le : certutil -setreg ca\\csp\\CNGHashAlgorithm SHA256.',
    'careg.interactive':
      'Interactive vaut 1 avec {provider} : l’AC laisse le fournisseur afficher ses propres boîtes de dialogue (carte d’opérateur, phrase secrète) quand CertSvc utilise la clé. Si le HSM n’est pas configuré pour exiger un opérateur, mettez-le à 0 (certutil -setreg ca\\csp\\Interactive 0) ; sinon, quelqu’un doit répondre à la console chaque fois que CertSvc démarre ou signe.',
    'limits.too-many-problems': 'Affichage des {shown} problèmes les plus graves sur {total} (paramètre certutil.maxProblems).',
    'limits.inf-too-large': 'Cet INF fait {size} Mo, bien plus que tout INF de certutil : il n’est donc pas vérifié.',
    'internal.error':
      'Cette partie n’a pas pu être vérifiée : {what} a échoué dessus. L’erreur figure dans le canal de sortie « Certutil » ; merci de la signaler.',
    'inf.unterminated-quote':
      'Cette chaîne entre guillemets n’est pas fermée : dans un INF, les guillemets se ferment sur la même ligne, donc le reste de la ligne (un commentaire `;` aussi) est lu comme texte de la valeur.',
    'inf.outside-section': 'Cette entrée se trouve hors de toute section : certutil et certreq l’ignorent. Placez-la sous un en-tête [Section].',
    'inf.bad-section-header': 'Un en-tête de section est `[Nom]` seul sur sa ligne (un commentaire `;` peut suivre). {detail}',
    'inf.slash-comment':
      '`{marker}` ne commence pas de commentaire dans un fichier INF : certutil lit ce texte comme une partie de la valeur. Seul `;` commence un commentaire.',
    'inf.not-key-value': 'Cette ligne n’est pas de la forme `clé = valeur` : {program} ne peut pas la lire.',
    'inf.misspelt-section': 'Section inconnue [{name}] : vouliez-vous dire [{suggestion}] ? Une section mal orthographiée est ignorée sans avertissement.',
    'inf.signature': 'La signature doit être "$Windows NT$" (avec des guillemets droits), et non {value}.',
    'inf.duplicate-key': '{key} est défini plusieurs fois dans [{section}] ; la valeur retenue n’est pas documentée. Gardez-en une.',
    'inf.continue-without-key': '`_continue_` prolonge l’entrée qui le précède, mais il n’y en a aucune dans cette section.',
    'inf.placeholder': '{value} ressemble à un espace réservé resté d’un modèle. Remplacez-le par le vrai {what}.',
    'inf.property-id':
      '{key} n’est pas un identificateur de propriété : les clés de [Properties] sont des nombres décimaux comme 2 (fournisseur de clé) ou 11 (nom convivial).{hint}',
    'inf.property-id-unknown': 'L’identificateur de propriété {id} n’est pas défini dans wincrypt.h (identificateurs 1 à 107) ; vérifiez le nombre.',
    'inf.eku-not-oid': '{value} n’est pas un OID : les utilisations avancées de la clé s’écrivent en nombres séparés par des points, comme 1.3.6.1.5.5.7.3.1.',
    'keyprov.missing-ampersand':
      'Ce fragment ne se termine pas par `&` : certutil le colle donc au suivant ({glued}). Chaque fragment sauf le dernier se termine par `&`.',
    'keyprov.trailing-ampersand':
      'La dernière paire ne doit pas se terminer par `&` (l’aide de certutil et l’article d’origine écrivent `KeySpec=...` sans) ; certutil peut lire une paire vide après.',
    'keyprov.unknown-pair':
      '{name} n’est pas un champ des informations du fournisseur de clé. Les champs sont Container, Provider, ProviderType, Flags et KeySpec.{hint}',
    'keyprov.bad-pair': '{text} n’est pas une paire `Nom=Valeur`.',
    'keyprov.duplicate-pair': '{name} figure deux fois dans cette chaîne de fournisseur de clé ; celle que certutil garde n’est pas documentée.',
    'keyprov.missing-pair': 'Les informations du fournisseur de clé n’ont pas de {name}. {why}',
    'keyprov.bad-value': '{name}={value} n’est pas valide : {expected}',
    'keyprov.flags-not-hex':
      'Flags={value} peut se lire de deux façons. certutil -v affiche Flags en hexadécimal, mais il n’est pas documenté si certutil lit un nombre nu dans un INF en hexadécimal ou en décimal. Écrivez {asHex} si vous voulez dire {value} en hexadécimal, ou {asDecimal} si vous voulez dire {value} en décimal.',
    'certreq.unknown-key': '{key} n’est pas une clé de [NewRequest] documentée par certreq.{hint}',
    'certreq.bad-value': '{value} n’est pas une valeur valide pour {key} : attendu {expected}.{hint}',
    'certreq.weak-key': 'KeyLength {value} est faible pour RSA ; utilisez 2048 ou plus.',
    'capolicy.unknown-key': '{key} n’est pas une clé de [{section}].{hint}',
    'capolicy.bad-value': '{value} n’est pas une valeur valide pour {key} : attendu {expected}.{hint}',
    'capolicy.https-url':
      'HTTPS n’est pas pris en charge pour les points de distribution de CRL et les emplacements AIA ; les clients ne pourraient pas récupérer {value}. Utilisez http ou ldap.',
    'capolicy.missing-policy-section': 'Policies cite {name}, mais il n’y a pas de section [{name}] avec son OID.',
    'capolicy.unreferenced-policy': '[{name}] ne figure dans aucune ligne Policies= : elle est donc sans effet.',
    'capolicy.sample-oid': '{value} est l’OID d’exemple de l’article de Microsoft sur CAPolicy.inf ; utilisez un OID de votre propre arc.',
    'capolicy.missing-version': 'CAPolicy.inf doit commencer par une section [Version] avec Signature="$Windows NT$" ; c’est la seule section obligatoire.',
    'keyspec.csp-none':
      'KeySpec vaut 0 (AT_NONE), mais {provider} est un CSP CryptoAPI hérité : un CSP désigne ses clés par AT_KEYEXCHANGE (1) ou AT_SIGNATURE (2), donc KeySpec 0 ne désigne aucune clé utilisable. Écrivez la spécification de clé avec laquelle la clé a été créée ({program} lit cette valeur).',
    'provider.algorithm-prefix':
      '`{algorithm}#` est la façon dont Install-AdcsCertificationAuthority -CryptoProviderName écrit l’algorithme de la clé ; {program} attend le seul nom du fournisseur ({provider}) et ne trouve aucun fournisseur de ce nom.',
    'provider.type-unknown':
      'ProviderType {value} n’est pas un type de fournisseur défini par Windows (0 pour un KSP, ou une valeur PROV_* comme 1 PROV_RSA_FULL ou 24 PROV_RSA_AES). Vérifiez le type avec certutil -csplist.',
    'capolicy.unknown-section':
      'L’installation de l’AC ne lit pas de section [{name}], et aucune ligne Policies=, Include= ou Exclude= ne la cite : elle est donc ignorée.',
    'capolicy.policy-without-oid':
      '[{name}] est citée dans Policies= mais n’a pas d’OID ; chaque stratégie a besoin de son OID, l’installation de l’AC ne peut donc pas construire cette stratégie.',
    'capolicy.unlisted-policy': '[{name}] ressemble à une section de stratégie, mais la ligne Policies= ne la cite pas : elle ne prend donc jamais effet.',
    'certreq.placeholder':
      '{value} ressemble à un espace réservé resté d’un modèle ; certreq le mettrait tel quel dans la demande. Remplacez-le par le vrai {what}.',
  },
  phrases: {
    // keyspec.ksp-nonzero
    'Certificate {label} (serial {serial}, valid {validity}): ': 'Certificat {label} (numéro de série {serial}, valide {validity}) : ',
    'Certificate {label} (serial {serial}): ': 'Certificat {label} (numéro de série {serial}) : ',
    'Certificate {label} (valid {validity}): ': 'Certificat {label} (valide {validity}) : ',
    'Certificate {label}: ': 'Certificat {label} : ',
    'Generate a repair INF (quick fix) to set KeySpec=0.': 'Générez un INF de réparation (correctif rapide) qui définit KeySpec=0.',
    'Generate a repair INF (quick fix) to set KeySpec=0. {reason}': 'Générez un INF de réparation (correctif rapide) qui définit KeySpec=0. {reason}',
    'Generate a repair INF (quick fix) to set KeySpec=0. The dump shows no serial number: the repair names the certificate by its SHA-1 hash.':
      'Générez un INF de réparation (correctif rapide) qui définit KeySpec=0. La sortie n’affiche pas de numéro de série : la réparation désigne le certificat par son hachage SHA-1.',
    "{explanation} This is not a CA certificate, so the provider's rule wins: no KeySpec=0 repair is offered (source: {source}).":
      '{explanation} Ce n’est pas un certificat d’AC : la règle du fournisseur l’emporte, aucune réparation vers KeySpec=0 n’est proposée (source : {source}).',
    '{explanation} But this is a CA certificate, and renewing it with its existing key needs KeySpec 0: the CA rule wins (source: {source}). {next}':
      '{explanation} Mais c’est un certificat d’AC, et son renouvellement avec la clé existante exige KeySpec 0 : la règle des AC l’emporte (source : {source}). {next}',
    'Google Cloud KMS Provider has been reported to refuse opening a key with KeySpec 0 ("unsupported legacy key spec specified: 0", NTE_NOT_SUPPORTED), so setting KeySpec=0 can leave the key unusable through this provider.':
      'Google Cloud KMS Provider refuserait, d’après des signalements, d’ouvrir une clé dont le KeySpec vaut 0 (« unsupported legacy key spec specified: 0 », NTE_NOT_SUPPORTED) : définir KeySpec=0 peut donc rendre la clé inutilisable par ce fournisseur.',
    'A smart-card container holds up to two keys, one AT_KEYEXCHANGE and one AT_SIGNATURE, and the card minidriver creates and reads each by that key spec, so KeySpec here names which key of the container the certificate uses.':
      'Un conteneur de carte à puce contient jusqu’à deux clés, une AT_KEYEXCHANGE et une AT_SIGNATURE, et le minipilote de la carte crée et lit chacune par cette spécification de clé : KeySpec désigne donc ici quelle clé du conteneur le certificat utilise.',
    'No repair INF can be offered: {reason}': 'Aucun INF de réparation ne peut être proposé : {reason}',
    'Set KeySpec=0 here.': 'Définissez KeySpec=0 ici.',
    'The dump shows {missing} for this certificate (only {found}): choose the store before a repair is written.':
      'La sortie n’affiche, pour ce certificat, {missing} (seulement {found}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump shows {missing} for this certificate: choose the store before a repair is written.':
      'La sortie n’affiche, pour ce certificat, {missing} : choisissez le magasin avant qu’une réparation soit écrite.',
    'nothing that tells the machine store from the user store': 'rien qui distingue le magasin de l’ordinateur de celui de l’utilisateur',
    'no store name and nothing that tells the machine store from the user store':
      'ni nom de magasin ni rien qui distingue le magasin de l’ordinateur de celui de l’utilisateur',
    'the store header {name}': 'l’en-tête de magasin {name}',
    'The dump contradicts itself about whether the certificate is in the machine or the user store ({found}): choose the store before a repair is written.':
      'La sortie se contredit sur la présence du certificat dans le magasin de l’ordinateur ou de l’utilisateur ({found}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump shows no Key Container line for this key, so a KeyProv.inf cannot name the key to keep.':
      'La sortie n’affiche pas de ligne « Conteneur de clé » (Key Container) pour cette clé : un KeyProv.inf ne peut donc pas désigner la clé à conserver.',
    'The dump shows neither the serial number nor the SHA-1 certificate hash of this certificate, so no repair command can name it.':
      'La sortie n’affiche ni le numéro de série ni le hachage SHA-1 de ce certificat : aucune commande de réparation ne peut donc le désigner.',
    'certreq creates a new CNG key, which has no key spec (CertEnroll sets KeySpec 0 for a KSP); write KeySpec=0 or leave it out so the file says what happens.':
      'certreq crée une nouvelle clé CNG, qui n’a pas de spécification de clé (CertEnroll définit KeySpec 0 pour un KSP) ; écrivez KeySpec=0 ou omettez-le pour que le fichier dise ce qui se passe.',
    // provider.type-mismatch
    'a CNG Key Storage Provider': 'un fournisseur de stockage de clés CNG',
    'a legacy CryptoAPI provider': 'un fournisseur CryptoAPI hérité',
    'A KSP has ProviderType 0.': 'Un KSP a ProviderType 0.',
    'This CSP has ProviderType {type}.': 'Ce CSP a ProviderType {type}.',
    // cert.expired, cert.expiring
    'CA certificate': 'certificat d’AC',
    certificate: 'certificat',
    ' Renew it before then.': ' Renouvelez-le avant cette date.',
    ' Renew the CA certificate now (with the existing key only if its KeySpec and provider are healthy).':
      ' Renouvelez le certificat d’AC maintenant (avec la clé existante seulement si son KeySpec et son fournisseur sont sains).',
    ' Certificate {index} of the same subject is valid longer, so this one is an earlier generation.':
      ' Le certificat {index} du même objet est valide plus longtemps : celui-ci est donc une génération antérieure.',
    // key.missing (and its related lines)
    'certutil reports "Missing stored keyset" (the container named in the certificate is not there)':
      'certutil signale « Missing stored keyset » (le conteneur cité dans le certificat n’existe pas)',
    'The certificate has no key-provider property': 'Le certificat n’a pas de propriété de fournisseur de clé',
    'certutil cannot find the private key of this certificate': 'certutil ne trouve pas la clé privée de ce certificat',
    'The encryption test with the private key FAILED': 'Le test de chiffrement avec la clé privée a ÉCHOUÉ',
    'The signature test with the private key FAILED': 'Le test de signature avec la clé privée a ÉCHOUÉ',
    "certutil could not verify the certificate's public key against the private key":
      'certutil n’a pas pu vérifier la clé publique du certificat par rapport à la clé privée',
    'Certificate {index} has the same key (same Key Id Hash) in container "{container}": generate a KeyProv INF for it (quick fix), or run {command}.':
      'Le certificat {index} a la même clé (même Key Id Hash) dans le conteneur « {container} » : générez un INF KeyProv pour celui-ci (correctif rapide), ou exécutez {command}.',
    'Run {command} (elevated): without an INF, certutil searches the key providers for the key that matches the certificate. If none does, the key is gone: restore it from a backup (PFX) or renew with a new key.':
      'Exécutez {command} en tant qu’administrateur : sans INF, certutil cherche parmi les fournisseurs de clés la clé qui correspond au certificat. Si aucune ne correspond, la clé est perdue : restaurez-la depuis une sauvegarde (PFX) ou renouvelez avec une nouvelle clé.',
    'The dump shows no serial number to repair it by.': 'La sortie n’affiche aucun numéro de série par lequel le réparer.',
    "The same key's container, on another certificate": 'Le conteneur de la même clé, sur un autre certificat',
    'This is a CA certificate': 'Ceci est un certificat d’AC',
    'The key container the repair INF keeps': 'Le conteneur de clé que l’INF de réparation conserve',
    'The CNG Key Storage Provider that holds the key': 'Le fournisseur de stockage de clés CNG qui contient la clé',
    'The key provider of the current CA certificate': 'Le fournisseur de clé du certificat d’AC actuel',
    'The name certutil read from the key itself': 'Le nom que certutil a lu dans la clé elle-même',
    'The provider named here': 'Le fournisseur cité ici',
    'First set here': 'Défini une première fois ici',
    // key.container-inconsistent
    "certutil found that the container named in the certificate is not the key's own container.":
      'certutil a constaté que le conteneur cité dans le certificat n’est pas le conteneur propre de la clé.',
    'Key Container is empty: the certificate names no container, so no provider can open its key.':
      'Key Container (conteneur de clé) est vide : le certificat ne cite aucun conteneur, aucun fournisseur ne peut donc ouvrir sa clé.',
    'Key Container "{container}" is not the key\'s container name "{simple}".':
      'Key Container « {container} » n’est pas le nom de conteneur « {simple} » de la clé.',
    'Container= in a KeyProv INF takes the name the provider lists for this key (certutil -key, or certutil -csp "<provider>" -key): the Key Container value is only what the certificate remembers.':
      'Container= dans un INF KeyProv prend le nom que le fournisseur indique pour cette clé (certutil -key, ou certutil -csp "<provider>" -key) : la valeur de Key Container n’est que ce dont le certificat se souvient.',
    'Container= in a KeyProv INF takes the Simple container name "{simple}": it is the name the provider knows the key by; the Key Container value is what the certificate remembers.':
      'Container= dans un INF KeyProv prend le Simple container name « {simple} » : c’est le nom sous lequel le fournisseur connaît la clé ; la valeur de Key Container est ce dont le certificat se souvient.',
    // keyspec.consumer
    'the certificate has the Server Authentication EKU (1.3.6.1.5.5.7.3.1), so a TLS server uses it':
      'le certificat a l’utilisation avancée de la clé Authentification du serveur (1.3.6.1.5.5.7.3.1), un serveur TLS l’utilise donc',
    // internal.error
    'the dump parser': 'l’analyseur des sorties certutil',
    'the INF parser': 'l’analyseur INF',
    'the {name} check': 'la vérification {name}',
    // INF checks
    ' Did you mean {suggestion}?': ' Vouliez-vous dire {suggestion} ?',
    'The closing `]` is missing.': 'Le `]` fermant manque.',
    'Move this text to a line of its own.': 'Placez ce texte sur une ligne à part.',
    ' Property ids run from 1 to 65535.': ' Les identificateurs de propriété vont de 1 à 65535.',
    'one of {values}': 'l’une des valeurs {values}',
    'a number from {low} to {high}': 'un nombre de {low} à {high}',
    'a dotted OID such as {oid}': 'un OID à points comme {oid}',
    'flag names joined by | or a hex number such as {example}': 'des noms d’indicateurs joints par | ou un nombre hexadécimal comme {example}',
    value: 'valeur',
    'DNS name': 'nom DNS',
    'name in the distinguished name': 'nom dans le nom unique',
    'key container name (`Key Container` in certutil -v -store)': 'nom de conteneur de clé (`Key Container` dans certutil -v -store)',
    'Without it the certificate is linked to no key.': 'Sans lui, le certificat n’est lié à aucune clé.',
    'Without it certutil cannot tell which provider holds the key.': 'Sans lui, certutil ne peut pas savoir quel fournisseur contient la clé.',
    'What certutil records without it is not documented; write KeySpec=0 for a KSP key, 1 or 2 for a CSP key.':
      'Ce que certutil enregistre sans lui n’est pas documenté ; écrivez KeySpec=0 pour une clé KSP, 1 ou 2 pour une clé CSP.',
    '{provider} is a CSP of type {type}; without ProviderType certutil may record 0, the KSP type.':
      '{provider} est un CSP de type {type} ; sans ProviderType, certutil peut enregistrer 0, le type KSP.',
    'expected a number: 0 for a KSP, the CSP type otherwise.': 'un nombre est attendu : 0 pour un KSP, sinon le type du CSP.',
    'expected a number such as {example} or 0.': 'un nombre est attendu, comme {example} ou 0.',
    "write the number {n}: certutil's help and the seed article only show numbers here.":
      'écrivez le nombre {n} : l’aide de certutil et l’article d’origine ne montrent ici que des nombres.',
    'it is empty.': 'elle est vide.',
    // ---- what the glue shows besides diagnostics: quick fixes, code lenses, inlay hints, refusals ----
    'Generate repair INF (KeySpec=0)': 'Générer l’INF de réparation (KeySpec=0)',
    'Generate KeyProv.inf (KeySpec=0)': 'Générer KeyProv.inf (KeySpec=0)',
    'Generate KeyProv.inf (KeySpec=1)': 'Générer KeyProv.inf (KeySpec=1)',
    'Generate the key repair': 'Générer la réparation de la clé',
    'Generate KeyProv.inf for serial {serial} (KeySpec=0)': 'Générer KeyProv.inf pour le numéro de série {serial} (KeySpec=0)',
    'Choose the store, then generate KeyProv.inf for serial {serial} (KeySpec=0)':
      'Choisir le magasin, puis générer KeyProv.inf pour le numéro de série {serial} (KeySpec=0)',
    'Generate {file} (KeySpec=0)': 'Générer {file} (KeySpec=0)',
    'Generate {file}': 'Générer {file}',
    'Show the generated file': 'Afficher le fichier généré',
    'The dump is not open.': 'La sortie n’est pas ouverte.',
    'The diagnostic carries no repair target.': 'Le diagnostic ne porte aucune cible de réparation.',
    'CA key health: {summary}': 'État des clés de l’AC : {summary}',
    'No CA key problems found': 'Aucun problème de clé d’AC trouvé',
    '{n} KeySpec repair': '{n} réparation du KeySpec',
    '{n} KeySpec repairs': '{n} réparations du KeySpec',
    '{n} lost key': '{n} clé perdue',
    '{n} lost keys': '{n} clés perdues',
    '{n} TLS key with KeySpec 2': '{n} clé TLS avec KeySpec 2',
    '{n} TLS keys with KeySpec 2': '{n} clés TLS avec KeySpec 2',
    '{n} CA certificate expired': '{n} certificat d’AC expiré',
    '{n} CA certificates expired': '{n} certificats d’AC expirés',
    '{n} certificate expires in {days} days': '{n} certificat expire dans {days} jours',
    '{n} certificates expire in {days} days': '{n} certificats expirent dans {days} jours',
    '{n} CA certificate expires in {days} days': '{n} certificat d’AC expire dans {days} jours',
    '{n} CA certificates expire in {days} days': '{n} certificats d’AC expirent dans {days} jours',
    '{n} certutil error': '{n} erreur certutil',
    '{n} certutil errors': '{n} erreurs certutil',
    '{n} other problem': '{n} autre problème',
    '{n} other problems': '{n} autres problèmes',
    'expires today': 'expire aujourd’hui',
    'expires in 1 day': 'expire dans 1 jour',
    'expires in {days} days': 'expire dans {days} jours',
    'expired 1 day ago': 'expiré depuis 1 jour',
    'expired {days} days ago': 'expiré depuis {days} jours',
    'day/month order unknown: {monthFirst} if month first, {dayFirst} if day first':
      'ordre du jour et du mois inconnu : {monthFirst} si le mois vient en premier, {dayFirst} si le jour vient en premier',
    'Set KeySpec to {value}': 'Définir KeySpec à {value}',
    'Set ProviderType to {value}': 'Définir ProviderType à {value}',
    'Write the provider name alone: {value}': 'Écrire le seul nom du fournisseur : {value}',
    'Change to {value}': 'Remplacer par {value}',
    'Change to property {value}': 'Remplacer par la propriété {value}',
    'Write Signature={value}': 'Écrire Signature={value}',
    'Write {value} (certutil -v prints Flags in hex)': 'Écrire {value} (certutil -v affiche Flags en hexadécimal)',
    'Write {value} ({written} read as decimal)': 'Écrire {value} ({written} lu en décimal)',
    'Write {value}': 'Écrire {value}',
    'Add {pair}': 'Ajouter {pair}',
    'Close the quote at the end of the line': 'Fermer les guillemets en fin de ligne',
    'Use ; to start the comment': 'Commencer le commentaire par ;',
    'Move the remark to a ; comment line of its own': 'Placer la remarque sur une ligne de commentaire ; à part',
    'Delete the remark': 'Supprimer la remarque',
    'Use container "{container}" ({subject}, serial {serial})': 'Utiliser le conteneur « {container} » ({subject}, numéro de série {serial})',
    'Use container "{container}" (serial {serial})': 'Utiliser le conteneur « {container} » (numéro de série {serial})',
    "Add the missing '&'": "Ajouter le '&' manquant",
    "Remove the trailing '&'": "Supprimer le '&' final",
    // Hovers and reports
    // -- the comparison report (compare.ts)
    '(none)': '(aucune)',
    fixed: 'réparé',
    'still broken': 'toujours défectueux',
    fine: 'correct',
    changed: 'modifié',
    appeared: 'apparu',
    disappeared: 'disparu',
    'KeySpec is now 0': 'KeySpec vaut maintenant 0',
    'a KSP key with KeySpec not 0': 'une clé KSP dont le KeySpec n’est pas 0',
    'unchanged and fine': 'inchangé et correct',
    'something else in the key provider changed': 'autre chose a changé dans le fournisseur de la clé',
    'in only one of the two dumps': 'dans une seule des deux sorties',
    'Every CA certificate is fixed: each KSP key now has KeySpec 0. Renewal with the existing key pair can go ahead.':
      'Chaque certificat d’AC est réparé : chaque clé KSP a maintenant KeySpec 0. Le renouvellement avec la paire de clés existante peut avoir lieu.',
    '{n} certificate(s) still need KeySpec 0.': '{n} certificat(s) ont encore besoin de KeySpec 0.',
    'Run the repair for them and dump the store again.': 'Exécutez la réparation pour eux, puis affichez de nouveau le magasin.',
    'No CA certificate needed a KeySpec repair in these dumps.': 'Aucun certificat d’AC n’avait besoin d’une réparation du KeySpec dans ces sorties.',
    'KeySpec repair: {before} → {after}': 'Réparation du KeySpec : {before} → {after}',
    '{fixed} fixed, {stillBroken} still broken, {fine} unchanged and fine, {changed} changed, {appeared} appeared, {disappeared} disappeared.':
      '{fixed} réparé(s), {stillBroken} toujours défectueux, {fine} inchangé(s) et correct(s), {changed} modifié(s), {appeared} apparu(s), {disappeared} disparu(s).',
    Outcome: 'Résultat',
    Certificate: 'Certificat',
    '(CA)': '(AC)',
    'Other changes': 'Autres modifications',
    // -- the dump hover (dumpHover.ts)
    "the name stored in the certificate's key-provider property. A repair INF copies this value as `Container=`, never the unique container name.":
      'le nom enregistré dans la propriété du fournisseur de clé du certificat. Un INF de réparation reprend cette valeur comme `Container=`, jamais le nom de conteneur unique.',
    "The key's file or container name as the provider reports it. **Not** the value for `Container=` in a repair INF: use `Key Container`.":
      'Le nom de fichier ou de conteneur de la clé tel que le fournisseur l’indique. **Pas** la valeur de `Container=` dans un INF de réparation : utilisez `Key Container`.',
    '(property id {id})': '(identificateur de propriété {id})',
    'The key is in a CNG Key Storage Provider, and KeySpec 0 is right for it.':
      'La clé se trouve dans un fournisseur de stockage de clés CNG, et KeySpec 0 lui convient.',
    'The key is in a CNG Key Storage Provider: its KeySpec must be 0.':
      'La clé se trouve dans un fournisseur de stockage de clés CNG : son KeySpec doit être 0.',
    'The key is in a legacy CryptoAPI provider (CSP), where KeySpec 1 or 2 is right. Only a key in a CNG Key Storage Provider must have KeySpec 0.':
      'La clé se trouve dans un ancien fournisseur de services de chiffrement CryptoAPI (CSP), où KeySpec 1 ou 2 est correct. Seule une clé d’un fournisseur de stockage de clés CNG doit avoir KeySpec 0.',
    'A key in a CNG Key Storage Provider (ProviderType 0) must have KeySpec 0; a key in a legacy CSP has 1 or 2.':
      'Une clé d’un fournisseur de stockage de clés CNG (ProviderType 0) doit avoir KeySpec 0 ; une clé d’un ancien CSP a 1 ou 2.',
    'Not a known key spec.': 'Spécification de clé inconnue.',
    'Not a known provider type.': 'Type de fournisseur inconnu.',
    'not a number certutil prints.': 'pas un nombre tel que certutil l’affiche.',
    'none (a user key)': 'aucun (une clé d’utilisateur)',
    'certutil prints Flags in hex: `20 (32)` is 0x20, CRYPT_MACHINE_KEYSET (a machine key).':
      'certutil affiche Flags en hexadécimal : `20 (32)` est 0x20, CRYPT_MACHINE_KEYSET (une clé d’ordinateur).',
    'not a provider this extension knows.': 'pas un fournisseur que cette extension connaît.',
    'CNG Key Storage Provider (KSP), ProviderType {type}.': 'fournisseur de stockage de clés CNG (KSP), ProviderType {type}.',
    'legacy CryptoAPI provider (CSP), ProviderType {type}.': 'ancien fournisseur de services de chiffrement CryptoAPI (CSP), ProviderType {type}.',
    // -- the health hover (healthHover.ts)
    "not in this extension's table of CA key errors. `{command}` prints Windows' text for it.":
      'absent de la table des erreurs de clé d’AC de cette extension. `{command}` affiche le texte de Windows pour ce code.',
    'For a CA key: {meaning}': 'Pour une clé d’AC : {meaning}',
    'Next: {next}': 'Ensuite : {next}',
    'Source: {source}': 'Source : {source}',
    "`{command}` (as the certificate's owner) asks certutil to search the key providers for the key that matches this certificate and to link it again.":
      '`{command}` (en tant que propriétaire du certificat) demande à certutil de chercher dans les fournisseurs la clé qui correspond à ce certificat et de l’associer de nouveau.',
    '`{command}` (elevated) asks certutil to search the key providers for the key that matches this certificate and to link it again.':
      '`{command}` (avec élévation) demande à certutil de chercher dans les fournisseurs la clé qui correspond à ce certificat et de l’associer de nouveau.',
    'Lost key association': 'Association de clé perdue',
    "certutil could not use this certificate's private key.": 'certutil n’a pas pu utiliser la clé privée de ce certificat.',
    'not a date format this extension reads.': 'pas un format de date que cette extension lit.',
    'the dump does not say whether this date is month/day or day/month (no date in it has a number above 12, and its language does not decide). Read month first it is {monthFirst}, day first {dayFirst}. Validity is judged only where both readings agree.':
      'la sortie ne dit pas si cette date est mois/jour ou jour/mois (aucune de ses dates n’a de nombre supérieur à 12, et sa langue ne tranche pas). Lue mois en premier, c’est le {monthFirst} ; jour en premier, le {dayFirst}. La validité n’est jugée que là où les deux lectures concordent.',
    '{date} (local time of the machine that made the dump), read by its format.':
      '{date} (heure locale de l’ordinateur qui a produit la sortie), lue d’après son format.',
    "{date} (local time of the machine that made the dump), read by the dump's dates and language (day first).":
      '{date} (heure locale de l’ordinateur qui a produit la sortie), lue d’après les dates et la langue de la sortie (jour en premier).',
    "{date} (local time of the machine that made the dump), read by the dump's dates and language (month first).":
      '{date} (heure locale de l’ordinateur qui a produit la sortie), lue d’après les dates et la langue de la sortie (mois en premier).',
    '{date} (local time of the machine that made the dump), read by its numbers.':
      '{date} (heure locale de l’ordinateur qui a produit la sortie), lue d’après ses nombres.',
    'CA key health': 'État des clés de l’AC',
    // -- the health report (healthReport.ts)
    Key: 'Clé',
    'Other certificates': 'Autres certificats',
    'Elsewhere in the dump': 'Ailleurs dans la sortie',
    'Certificate {index}: {subject} (serial {serial})': 'Certificat {index} : {subject} (numéro de série {serial})',
    '(no subject)': '(pas d’objet)',
    'No problems found.': 'Aucun problème trouvé.',
    'No CA certificate with readable validity dates.': 'Aucun certificat d’AC avec des dates de validité lisibles.',
    to: 'au',
    'Validity of the CA certificate generations': 'Validité des générations de certificats de l’AC',
    today: 'aujourd’hui',
    // -- the INF hover (infHover.ts)
    'A policy section named in `Policies=`: `OID`, `Notice` and `URL` keys.':
      'Une section de stratégie nommée dans `Policies=` : clés `OID`, `Notice` et `URL`.',
    'appends this quoted string, as is, to the value of `{key}` above. No separator is added: a key provider string needs its `&` inside the quotes, an EKU list its `,`.':
      'ajoute telle quelle cette chaîne entre guillemets à la valeur de `{key}` au-dessus. Aucun séparateur n’est ajouté : une chaîne de fournisseur de clé a besoin de son `&` entre les guillemets, une liste d’EKU de sa `,`.',
    '(property {id})': '(propriété {id})',
    Property: 'Propriété',
    'a user-defined property (ids 0x8000-0xFFFF).': 'une propriété définie par l’utilisateur (identificateurs 0x8000-0xFFFF).',
    'not in the wincrypt.h list (ids 1-107); a custom or newer property.':
      'absente de la liste de wincrypt.h (identificateurs 1-107) ; une propriété personnalisée ou plus récente.',
    'Values: {values}': 'Valeurs : {values}',
    'not a key provider field.': 'pas un champ des informations du fournisseur de clé.',
    'Read as decimal; certutil -v prints Flags in hex, so `{value}` in a dump is `0x{value}`.':
      'Lu en décimal ; certutil -v affiche Flags en hexadécimal, donc `{value}` dans une sortie vaut `0x{value}`.',
    'no flags: a user key': 'aucun indicateur : une clé d’utilisateur',
    'not a provider this extension knows; check the exact name with `certutil -csplist`.':
      'pas un fournisseur que cette extension connaît ; vérifiez le nom exact avec `certutil -csplist`.',
    'CNG Key Storage Provider (KSP): ProviderType 0, KeySpec 0.': 'fournisseur de stockage de clés CNG (KSP) : ProviderType 0, KeySpec 0.',
    'legacy CryptoAPI CSP: ProviderType {type} ({name}).': 'ancien CSP CryptoAPI : ProviderType {type} ({name}).',
    // -- the domain notes the hovers show (data/keySpec.ts, providerTypes.ts, keyProvPairs.ts, providers.ts, hresults.ts)
    'No key spec: the only right value for a CNG (KSP) key.': 'Aucune spécification de clé : la seule valeur correcte pour une clé CNG (KSP).',
    'Legacy CSP key for key exchange (encryption) and signing.': 'Clé d’un ancien CSP pour l’échange de clés (chiffrement) et la signature.',
    'Legacy CSP key for signing only. On a KSP key it breaks CA renewal with the existing key.':
      'Clé d’un ancien CSP pour la signature seule. Sur une clé KSP, elle fait échouer le renouvellement de l’AC avec la clé existante.',
    'A CNG Key Storage Provider (KSP). KeySpec must be 0.': 'Un fournisseur de stockage de clés CNG (KSP). KeySpec doit être 0.',
    'Legacy CryptoAPI CSP for RSA signing and key exchange.': 'Ancien CSP CryptoAPI pour la signature RSA et l’échange de clés.',
    'Legacy CryptoAPI CSP for RSA signatures.': 'Ancien CSP CryptoAPI pour les signatures RSA.',
    'Legacy CryptoAPI CSP for DSS signatures.': 'Ancien CSP CryptoAPI pour les signatures DSS.',
    'Legacy Fortezza CSP.': 'Ancien CSP Fortezza.',
    'Legacy Microsoft Exchange CSP.': 'Ancien CSP Microsoft Exchange.',
    'Legacy SSL CSP.': 'Ancien CSP SSL.',
    'Legacy CryptoAPI CSP for RSA SChannel.': 'Ancien CSP CryptoAPI pour RSA SChannel.',
    'Legacy CryptoAPI CSP for DSS and Diffie-Hellman.': 'Ancien CSP CryptoAPI pour DSS et Diffie-Hellman.',
    'Legacy elliptic-curve signature CSP type (Microsoft ships none).': 'Ancien type de CSP de signature à courbes elliptiques (Microsoft n’en fournit aucun).',
    'Legacy elliptic-curve CSP type (Microsoft ships none).': 'Ancien type de CSP à courbes elliptiques (Microsoft n’en fournit aucun).',
    'Legacy CryptoAPI CSP for Diffie-Hellman SChannel.': 'Ancien CSP CryptoAPI pour Diffie-Hellman SChannel.',
    'Legacy Spyrus LYNKS card CSP type.': 'Ancien type de CSP pour cartes Spyrus LYNKS.',
    'Legacy random-number-generator CSP type.': 'Ancien type de CSP de générateur de nombres aléatoires.',
    'Legacy Intel security CSP type.': 'Ancien type de CSP de sécurité Intel.',
    'Legacy one-way-function replacement CSP type.': 'Ancien type de CSP de remplacement de la fonction à sens unique.',
    'Legacy CryptoAPI CSP for RSA with AES.': 'Ancien CSP CryptoAPI pour RSA avec AES.',
    'The key container (for a KSP, the key name). Copy `Key Container` from `certutil -v -store` verbatim; spaces and parentheses are fine, `&` and `"` cannot be written.':
      'Le conteneur de clé (pour un KSP, le nom de la clé). Copiez `Key Container` de `certutil -v -store` tel quel ; les espaces et les parenthèses sont acceptés, `&` et `"` ne peuvent pas être écrits.',
    'The exact CSP or KSP name, as `certutil -csplist` prints it.': 'Le nom exact du CSP ou du KSP, tel que `certutil -csplist` l’affiche.',
    '`0` for any CNG Key Storage Provider; the CSP type number otherwise (1 PROV_RSA_FULL, 12 PROV_RSA_SCHANNEL, 24 PROV_RSA_AES ...).':
      '`0` pour tout fournisseur de stockage de clés CNG ; sinon le numéro de type du CSP (1 PROV_RSA_FULL, 12 PROV_RSA_SCHANNEL, 24 PROV_RSA_AES ...).',
    '`0` for a user key, `0x20` (CRYPT_MACHINE_KEYSET) for a machine-store key. Write it in hex with `0x`: the base certutil assumes for a bare number is undocumented.':
      '`0` pour une clé d’utilisateur, `0x20` (CRYPT_MACHINE_KEYSET) pour une clé du magasin de l’ordinateur. Écrivez-le en hexadécimal avec `0x` : la base que certutil suppose pour un nombre seul n’est pas documentée.',
    '`0` for a KSP key (CNG keys have no key spec); `1` (AT_KEYEXCHANGE) or `2` (AT_SIGNATURE) for a legacy CSP key. A KSP key with KeySpec 2 breaks CA renewal with the existing key.':
      '`0` pour une clé KSP (les clés CNG n’ont pas de spécification de clé) ; `1` (AT_KEYEXCHANGE) ou `2` (AT_SIGNATURE) pour une clé d’un ancien CSP. Une clé KSP avec KeySpec 2 fait échouer le renouvellement de l’AC avec la clé existante.',
    'The default CNG KSP (certutil -csp KSP). Keys live under ...\\Crypto\\Keys.':
      'Le KSP CNG par défaut (certutil -csp KSP). Les clés se trouvent sous ...\\Crypto\\Keys.',
    'CNG KSP for keys held in the TPM (certutil -csp TPM).': 'KSP CNG pour les clés conservées dans le TPM (certutil -csp TPM).',
    'CNG KSP for smart cards (certutil -csp SC).': 'KSP CNG pour cartes à puce (certutil -csp SC).',
    'CNG KSP for Windows Hello / NGC keys (certutil -csp NGC).': 'KSP CNG pour les clés Windows Hello / NGC (certutil -csp NGC).',
    'Entrust/nCipher nShield HSM KSP.': 'KSP des HSM Entrust/nCipher nShield.',
    'SafeNet/Thales Luna HSM KSP.': 'KSP des HSM SafeNet/Thales Luna.',
    'Thales Luna HSM KSP.': 'KSP des HSM Thales Luna.',
    'AWS CloudHSM KSP (Client SDK 3 and 5).': 'KSP d’AWS CloudHSM (Client SDK 3 et 5).',
    'Utimaco CryptoServer HSM KSP.': 'KSP des HSM Utimaco CryptoServer.',
    'Yubico YubiHSM 2 KSP.': 'KSP du Yubico YubiHSM 2.',
    'Google Cloud KMS CNG provider (kmscng): keys live in Cloud KMS.': 'Fournisseur CNG de Google Cloud KMS (kmscng) : les clés se trouvent dans Cloud KMS.',
    'Legacy CryptoAPI CSP, PROV_RSA_FULL: no SHA-2.': 'Ancien CSP CryptoAPI, PROV_RSA_FULL : pas de SHA-2.',
    'Legacy smart card CSP, PROV_RSA_FULL.': 'Ancien CSP de carte à puce, PROV_RSA_FULL.',
    'Legacy CryptoAPI CSP, PROV_RSA_AES.': 'Ancien CSP CryptoAPI, PROV_RSA_AES.',
    'Legacy CryptoAPI CSP, PROV_RSA_SCHANNEL.': 'Ancien CSP CryptoAPI, PROV_RSA_SCHANNEL.',
    'Legacy CryptoAPI CSP, PROV_DSS.': 'Ancien CSP CryptoAPI, PROV_DSS.',
    'Legacy CryptoAPI CSP, PROV_DSS_DH.': 'Ancien CSP CryptoAPI, PROV_DSS_DH.',
    'Legacy CryptoAPI CSP, PROV_DH_SCHANNEL.': 'Ancien CSP CryptoAPI, PROV_DH_SCHANNEL.',
    'SafeNet Luna legacy CSP, PROV_RSA_FULL.': 'Ancien CSP SafeNet Luna, PROV_RSA_FULL.',
    'A CNG Key Storage Provider (by its name).': 'Un fournisseur de stockage de clés CNG (d’après son nom).',
    'The provider rejected the key handle or key blob.': 'Le fournisseur a refusé le handle ou le blob de la clé.',
    'Check that the Provider and Container in the key-provider property match where the key really is (certutil -key).':
      'Vérifiez que Provider et Container dans la propriété du fournisseur de clé désignent l’endroit où se trouve réellement la clé (certutil -key).',
    'The provider rejected the Flags of the key-provider property.': 'Le fournisseur a refusé les Flags de la propriété du fournisseur de clé.',
    'Use Flags=0x20 (CRYPT_MACHINE_KEYSET) for a machine key, 0 for a user key.':
      'Utilisez Flags=0x20 (CRYPT_MACHINE_KEYSET) pour une clé d’ordinateur, 0 pour une clé d’utilisateur.',
    'The key exists but cannot be used this way: often a non-exportable key, or a KeySpec the provider does not accept.':
      'La clé existe mais ne peut pas être utilisée ainsi : souvent une clé non exportable, ou un KeySpec que le fournisseur n’accepte pas.',
    'For a KSP key set KeySpec=0 with certutil -repairstore and a KeyProv INF.':
      'Pour une clé KSP, définissez KeySpec=0 avec certutil -repairstore et un INF KeyProv.',
    'The container exists but holds no key of the requested spec.': 'Le conteneur existe mais ne contient aucune clé de la spécification demandée.',
    'Check KeySpec: a KSP key takes KeySpec=0; a CSP key the spec it was created with (certutil -key).':
      'Vérifiez KeySpec : une clé KSP prend KeySpec=0 ; une clé CSP la spécification avec laquelle elle a été créée (certutil -key).',
    'A key or container of that name already exists.': 'Une clé ou un conteneur de ce nom existe déjà.',
    'Do not create the key again: point the certificate at the existing container with certutil -repairstore.':
      'Ne créez pas de nouveau la clé : faites pointer le certificat vers le conteneur existant avec certutil -repairstore.',
    'The account may not use the key.': 'Le compte n’a pas le droit d’utiliser la clé.',
    'Run elevated (machine keys), or as the key owner, and check the key file permissions.':
      'Exécutez avec élévation (clés d’ordinateur) ou en tant que propriétaire de la clé, et vérifiez les autorisations du fichier de clé.',
    'The provider has no container of that name: the certificate points at a key that is not there.':
      'Le fournisseur n’a aucun conteneur de ce nom : le certificat désigne une clé qui n’existe pas.',
    'Find the key with certutil -key (or certutil -csp "<provider>" -key), then certutil -repairstore with a KeyProv INF naming the real container.':
      'Trouvez la clé avec certutil -key (ou certutil -csp "<provider>" -key), puis exécutez certutil -repairstore avec un INF KeyProv qui nomme le vrai conteneur.',
    'The provider named in the key-provider property is not installed or not registered.':
      'Le fournisseur nommé dans la propriété du fournisseur de clé n’est pas installé ou pas inscrit.',
    'Check the provider name (certutil -csplist) and that the HSM client is installed.':
      'Vérifiez le nom du fournisseur (certutil -csplist) et que le client HSM est installé.',
    'The provider rejected a value of the request: for a KSP, typically a KeySpec other than 0.':
      'Le fournisseur a refusé une valeur de la demande : pour un KSP, en général un KeySpec différent de 0.',
    'Set KeySpec=0 for a KSP key with certutil -repairstore and a KeyProv INF.':
      'Définissez KeySpec=0 pour une clé KSP avec certutil -repairstore et un INF KeyProv.',
    'The provider does not support the operation or algorithm (an HSM KSP that refuses a legacy key spec, or a CSP asked for SHA-2).':
      'Le fournisseur ne prend pas en charge l’opération ou l’algorithme (un KSP de HSM qui refuse une ancienne spécification de clé, ou un CSP à qui l’on demande SHA-2).',
    'Check the provider documentation; for a CSP key on a CA, plan the CSP to KSP migration.':
      'Consultez la documentation du fournisseur ; pour une clé CSP d’une AC, prévoyez la migration de CSP vers KSP.',
    'The provider has no key or object of that name.': 'Le fournisseur n’a aucune clé ni aucun objet de ce nom.',
    'List the provider\'s keys (certutil -csp "<provider>" -key) and point the certificate at the right one with certutil -repairstore.':
      'Listez les clés du fournisseur (certutil -csp "<provider>" -key) et faites pointer le certificat vers la bonne avec certutil -repairstore.',
    'The key container exists but its stored form is damaged or unreadable.':
      'Le conteneur de clé existe mais sa forme enregistrée est endommagée ou illisible.',
    "Restore the key from a backup (PFX); for an HSM, check the key with the vendor's tools.":
      'Restaurez la clé à partir d’une sauvegarde (PFX) ; pour un HSM, vérifiez la clé avec les outils du fabricant.',
    'The provider failed inside: for an HSM KSP often a lost connection to the HSM.':
      'Le fournisseur a échoué en interne : pour un KSP de HSM, souvent une connexion perdue avec le HSM.',
    "Check the provider's own log and its connection (HSM client), then run the command again.":
      'Vérifiez le journal du fournisseur et sa connexion (client HSM), puis exécutez de nouveau la commande.',
    'The HSM or smart card that holds the key is not reachable.': 'Le HSM ou la carte à puce qui contient la clé est inaccessible.',
    'Bring the HSM or card online (client service, network, operator card), then run the command again.':
      'Remettez le HSM ou la carte en ligne (service client, réseau, carte d’opérateur), puis exécutez de nouveau la commande.',
    'No certificate with that serial (or hash) is in the store, or it has no such property.':
      'Aucun certificat avec ce numéro de série (ou ce hachage) ne se trouve dans le magasin, ou il n’a pas cette propriété.',
    'Check the serial and the store (certutil -store my) and whether -user is needed.':
      'Vérifiez le numéro de série et le magasin (certutil -store my) et s’il faut -user.',
    'The account may not change the store or the key.': 'Le compte n’a pas le droit de modifier le magasin ou la clé.',
    'Run from an elevated prompt (machine store) or as the certificate owner (user store).':
      'Exécutez depuis une invite de commandes avec élévation (magasin de l’ordinateur) ou en tant que propriétaire du certificat (magasin de l’utilisateur).',
    'certutil rejected its arguments or the INF.': 'certutil a refusé ses arguments ou l’INF.',
    'Check the command line and the INF with this extension before running it again.':
      'Vérifiez la ligne de commande et l’INF avec cette extension avant de l’exécuter de nouveau.',
    'certutil or the provider failed without a more specific code.': 'certutil ou le fournisseur a échoué sans code plus précis.',
    'Read the lines certutil printed before the failure; run the command again with -v for detail.':
      'Lisez les lignes que certutil a affichées avant l’échec ; exécutez de nouveau la commande avec -v pour plus de détails.',
    // -- property ids (data/propertyIds.ts) and INF sections (data/sections.ts)
    'Key provider information: the key container, provider, ProviderType, Flags and KeySpec that link the certificate to its private key.':
      'Informations du fournisseur de clé : le conteneur de clé, le fournisseur, ProviderType, Flags et KeySpec qui relient le certificat à sa clé privée.',
    'SHA-1 hash of the certificate (its thumbprint).': 'Hachage SHA-1 du certificat (son empreinte numérique).',
    'MD5 hash of the certificate.': 'Hachage MD5 du certificat.',
    'Enhanced key usage: a comma-separated list of OIDs ({text}1.3.6.1.5.5.7.3.1,...).':
      'Utilisation améliorée de la clé : une liste d’OID séparés par des virgules ({text}1.3.6.1.5.5.7.3.1,...).',
    'Friendly name shown in the certificate UI ({text}...).': 'Nom convivial affiché dans l’interface des certificats ({text}...).',
    'Description ({text}...).': 'Description ({text}...).',
    'Access state flags.': 'Indicateurs d’état d’accès.',
    'Signature hash.': 'Hachage de la signature.',
    'Archived: `Empty` sets it (the certificate is hidden), nothing after `=` removes it.':
      'Archivé : `Empty` la définit (le certificat est masqué), rien après `=` la supprime.',
    'Key identifier (SHA-1 of the public key).': 'Identificateur de clé (SHA-1 de la clé publique).',
    'The machine that made the request.': 'L’ordinateur qui a fait la demande.',
    'Bit length of the subject public key.': 'Longueur en bits de la clé publique du sujet.',
    '`Signature="$Windows NT$"`. Optional for certutil and certreq; in CAPolicy.inf the only required section, and it must come first.':
      '`Signature="$Windows NT$"`. Facultative pour certutil et certreq ; dans CAPolicy.inf, la seule section obligatoire, qui doit venir en premier.',
    '`certutil -repairstore`: one entry per certificate property, keyed by its decimal property id (`2` key provider, `11` friendly name, `9` EKU ...).':
      '`certutil -repairstore` : une entrée par propriété du certificat, ayant pour clé son identificateur de propriété décimal (`2` fournisseur de clé, `11` nom convivial, `9` EKU ...).',
    '`certreq -new`: the request to build (Subject, key, provider, KeySpec, RequestType ...). Mandatory, with at least one key.':
      '`certreq -new` : la demande à construire (Subject, clé, fournisseur, KeySpec, RequestType ...). Obligatoire, avec au moins une clé.',
    'Extensions by OID: `2.5.29.17 = "{text}"` followed by `_continue_` lines, `Critical = <oid>`.':
      'Extensions par OID : `2.5.29.17 = "{text}"` suivi de lignes `_continue_`, `Critical = <oid>`.',
    'One `OID = x.y.z` line per enhanced key usage.': 'Une ligne `OID = x.y.z` par utilisation améliorée de la clé.',
    'Request attributes, e.g. `CertificateTemplate = WebServer`.': 'Attributs de la demande, par exemple `CertificateTemplate = WebServer`.',
    '`name = value` pairs substituted wherever `%name%` appears.': 'Paires `name = value` substituées partout où `%name%` apparaît.',
    '`Policies = Name1,Name2`: each name is a section of its own with `OID`, `Notice` and `URL`. Optional `Critical`.':
      '`Policies = Name1,Name2` : chaque nom est une section à part avec `OID`, `Notice` et `URL`. `Critical` facultatif.',
    'Application policies: `Policies = ...` naming sections with `OID`.': 'Stratégies d’application : `Policies = ...` nomme des sections avec `OID`.',
    '`PathLength = n` and `Critical = True`.': '`PathLength = n` et `Critical = True`.',
    '`URL = http://... | ldap://... | file://...`, several allowed; HTTPS is not supported. Left empty, the extension is omitted (recommended for a root CA).':
      '`URL = http://... | ldap://... | file://...`, plusieurs autorisées ; HTTPS n’est pas pris en charge. Laissée vide, l’extension est omise (recommandé pour une autorité de certification racine).',
    '`URL = http://... | ldap://...`, several allowed; HTTPS is not supported. Left empty, the extension is omitted (recommended for a root CA).':
      '`URL = http://... | ldap://...`, plusieurs autorisées ; HTTPS n’est pas pris en charge. Laissée vide, l’extension est omise (recommandé pour une autorité de certification racine).',
    'CA settings read at install and at renewal: renewal key length and validity, CRL periods, LoadDefaultTemplates, AlternateSignatureAlgorithm ...':
      'Paramètres de l’AC lus à l’installation et au renouvellement : longueur de clé et validité du renouvellement, périodes de la liste de révocation, LoadDefaultTemplates, AlternateSignatureAlgorithm ...',
    '`Include` / `Exclude` name sections of permitted and excluded names.': '`Include` / `Exclude` nomment des sections de noms autorisés et exclus.',
    'Issuer-to-subject policy OID mappings.': 'Mappages des OID de stratégie de l’émetteur vers ceux du sujet.',
    'Issuer-to-subject application policy OID mappings.': 'Mappages des OID de stratégie d’application de l’émetteur vers ceux du sujet.',
    '`RequireExplicitPolicy` and `InhibitPolicyMapping` skip counts.': 'Les compteurs de saut `RequireExplicitPolicy` et `InhibitPolicyMapping`.',
    '`RequireExplicitPolicy` and `InhibitPolicyMapping` for application policies.':
      '`RequireExplicitPolicy` et `InhibitPolicyMapping` pour les stratégies d’application.',
    'Cross-certificate distribution points: `URL = ...`, `SyncDeltaTime = seconds`.':
      'Points de distribution des certificats croisés : `URL = ...`, `SyncDeltaTime = seconds`.',
    // -- INF keys and their values (data/certreqSchema.ts, data/capolicySchema.ts)
    'The subject as an RDN string, e.g. `"CN=server.contoso.com,O=Contoso"`. Quote it when it has spaces or commas.':
      'Le sujet sous forme de chaîne RDN, par exemple `"CN=server.contoso.com,O=Contoso"`. Mettez-le entre guillemets s’il contient des espaces ou des virgules.',
    'TRUE: the private key can be exported.': 'TRUE : la clé privée peut être exportée.',
    'TRUE: the private key can be exported encrypted only.': 'TRUE : la clé privée ne peut être exportée que chiffrée.',
    'Hash of the request signature.': 'Hachage de la signature de la demande.',
    'SHA-256: the usual choice.': 'SHA-256 : le choix habituel.',
    'SHA-384.': 'SHA-384.',
    'SHA-512.': 'SHA-512.',
    'SHA-1: deprecated for signatures.': 'SHA-1 : déconseillé pour les signatures.',
    'MD5: broken; do not use.': 'MD5 : cassé ; ne pas utiliser.',
    'MD4: broken; do not use.': 'MD4 : cassé ; ne pas utiliser.',
    'MD2: broken; do not use.': 'MD2 : cassé ; ne pas utiliser.',
    'The public key algorithm.': 'L’algorithme de la clé publique.',
    'RSA (the default).': 'RSA (par défaut).',
    'Diffie-Hellman.': 'Diffie-Hellman.',
    'DSA.': 'DSA.',
    'ECDH on P-256.': 'ECDH sur P-256.',
    'ECDH on P-384 (the curve the certreq reference lists for ECDSA).': 'ECDH sur P-384 (la courbe que la référence de certreq indique pour ECDSA).',
    'ECDH on P-521.': 'ECDH sur P-521.',
    'ECDSA on P-256.': 'ECDSA sur P-256.',
    'ECDSA on P-384.': 'ECDSA sur P-384.',
    'ECDSA on P-521.': 'ECDSA sur P-521.',
    'Algorithm parameters (certsrv.h).': 'Paramètres de l’algorithme (certsrv.h).',
    'Use an existing key container (list them with `certutil -key [-user]`).': 'Utiliser un conteneur de clé existant (liste avec `certutil -key [-user]`).',
    'Key size in bits, as the provider supports (2048 or more for RSA).':
      'Taille de la clé en bits, selon ce que le fournisseur prend en charge (2048 ou plus pour RSA).',
    '0 (`XCN_AT_NONE`) for a KSP key; `AT_KEYEXCHANGE` (1) or `AT_SIGNATURE` (2) for a legacy CSP key.':
      '0 (`XCN_AT_NONE`) pour une clé KSP ; `AT_KEYEXCHANGE` (1) ou `AT_SIGNATURE` (2) pour une clé d’un ancien CSP.',
    'The key usage extension: flag names joined with `|` (quote the value) or a hex number such as `0xa0`.':
      'L’extension d’utilisation de la clé : des noms d’indicateurs joints par `|` (mettez la valeur entre guillemets) ou un nombre hexadécimal comme `0xa0`.',
    'Digital signature.': 'Signature numérique.',
    'Non-repudiation.': 'Non-répudiation.',
    'Key encipherment.': 'Chiffrement de clé.',
    'Data encipherment.': 'Chiffrement de données.',
    'Key agreement.': 'Accord de clé.',
    'Certificate signing (CA keys).': 'Signature de certificats (clés d’AC).',
    'Off-line CRL signing.': 'Signature de listes de révocation hors connexion.',
    'CRL signing.': 'Signature de listes de révocation.',
    'Encipher only.': 'Chiffrement seul.',
    'Decipher only.': 'Déchiffrement seul.',
    'What the private key may be used for (NCRYPT_ALLOW_*).': 'Ce pour quoi la clé privée peut être utilisée (NCRYPT_ALLOW_*).',
    'The key may decrypt.': 'La clé peut déchiffrer.',
    'The key may sign.': 'La clé peut signer.',
    'The key may do key agreement.': 'La clé peut faire un accord de clé.',
    'Any usage.': 'Toute utilisation.',
    'TRUE: the key belongs to the machine (the default is the user).': 'TRUE : la clé appartient à l’ordinateur (par défaut, à l’utilisateur).',
    'Start date; only with `RequestType = Cert`. Locale-sensitive: prefer month names.':
      'Date de début ; seulement avec `RequestType = Cert`. Dépend des paramètres régionaux : préférez les noms de mois.',
    'End date; only with `RequestType = Cert`.': 'Date de fin ; seulement avec `RequestType = Cert`.',
    'TRUE: archive the key at the CA (CMC requests only).': 'TRUE : archiver la clé auprès de l’AC (demandes CMC seulement).',
    'Symmetric algorithm for key archival (see `certutil -oid 2`).': 'Algorithme symétrique pour l’archivage de la clé (voir `certutil -oid 2`).',
    'Key length of EncryptionAlgorithm.': 'Longueur de clé d’EncryptionAlgorithm.',
    'The exact CSP or KSP name (`certutil -csplist`).': 'Le nom exact du CSP ou du KSP (`certutil -csplist`).',
    'The CSP type number (`certutil -csplist`); 0 for a KSP.': 'Le numéro de type du CSP (`certutil -csplist`) ; 0 pour un KSP.',
    'SHA-1 thumbprint of the certificate being renewed.': 'Empreinte numérique SHA-1 du certificat à renouveler.',
    '`Domain\\User` on whose behalf the request is made (PKCS7/CMC only).': '`Domain\\User` au nom duquel la demande est faite (PKCS7/CMC seulement).',
    'What certreq produces.': 'Ce que certreq produit.',
    'A PKCS #10 request (the default).': 'Une demande PKCS #10 (par défaut).',
    'A PKCS #7 renewal or enrollment-agent request.': 'Une demande PKCS #7 de renouvellement ou par un agent d’inscription.',
    'A CMC request.': 'Une demande CMC.',
    'A self-signed certificate instead of a request (NotBefore, NotAfter and ValidityPeriod apply only here).':
      'Un certificat auto-signé au lieu d’une demande (NotBefore, NotAfter et ValidityPeriod ne s’appliquent qu’ici).',
    'A SCEP request.': 'Une demande SCEP.',
    'SDDL for the private key.': 'SDDL de la clé privée.',
    'TRUE: sign with PKCS #1 v2.1 (RSASSA-PSS) style parameters.': 'TRUE : signer avec des paramètres de style PKCS #1 v2.1 (RSASSA-PSS).',
    'TRUE: no UI while the key is created.': 'TRUE : aucune interface pendant la création de la clé.',
    'TRUE: add the S/MIME capabilities extension.': 'TRUE : ajouter l’extension des fonctionnalités S/MIME.',
    'TRUE: use the key in KeyContainer instead of creating one.': 'TRUE : utiliser la clé de KeyContainer au lieu d’en créer une.',
    'TRUE: leave out the default extensions and attributes.': 'TRUE : omettre les extensions et attributs par défaut.',
    'TRUE: protect the key with strong key protection (seen in nearly every real file).':
      'TRUE : protéger la clé par une protection renforcée (présent dans presque tous les fichiers réels).',
    'Strong key protection level (NCRYPT_UI_*).': 'Niveau de protection renforcée de la clé (NCRYPT_UI_*).',
    'No strong key protection.': 'Aucune protection renforcée de la clé.',
    'Prompt when the key is used.': 'Demander une confirmation quand la clé est utilisée.',
    'Require a password when the key is used.': 'Exiger un mot de passe quand la clé est utilisée.',
    'Friendly name of the new certificate.': 'Nom convivial du nouveau certificat.',
    'Unit of ValidityPeriodUnits; a US English plural. Only with `RequestType = Cert`.':
      'Unité de ValidityPeriodUnits ; un pluriel anglais (US). Seulement avec `RequestType = Cert`.',
    'Years.': 'Années.',
    'Months.': 'Mois.',
    'Weeks.': 'Semaines.',
    'Days.': 'Jours.',
    'Hours.': 'Heures.',
    'Minutes.': 'Minutes.',
    'Seconds.': 'Secondes.',
    'Validity in ValidityPeriod units. Only with `RequestType = Cert`.': 'Validité en unités de ValidityPeriod. Seulement avec `RequestType = Cert`.',
    'How the subject name is built (flag names from S4).': 'Comment le nom du sujet est construit (noms d’indicateurs de S4).',
    'How the subject string is encoded (CERT_NAME_STR_* flag names).': 'Comment la chaîne du sujet est codée (noms d’indicateurs CERT_NAME_STR_*).',
    'Smart card reader to use (certsrv.h).': 'Lecteur de carte à puce à utiliser (certsrv.h).',
    'Text shown in the key-use prompt (certsrv.h).': 'Texte affiché dans l’invite d’utilisation de la clé (certsrv.h).',
    'TRUE: attest a TPM key (certsrv.h).': 'TRUE : attester une clé TPM (certsrv.h).',
    'An existing public key file (certsrv.h).': 'Un fichier de clé publique existant (certsrv.h).',
    'Parameters of PublicKey (certsrv.h).': 'Paramètres de PublicKey (certsrv.h).',
    'Serial number of a self-signed certificate (certsrv.h).': 'Numéro de série d’un certificat auto-signé (certsrv.h).',
    'SCEP challenge password (certsrv.h).': 'Mot de passe de stimulation SCEP (certsrv.h).',
    'Key length when the CA certificate is renewed with a new key (e.g. 4096).':
      'Longueur de clé lorsque le certificat de l’AC est renouvelé avec une nouvelle clé (par exemple 4096).',
    'Unit of RenewalValidityPeriodUnits.': 'Unité de RenewalValidityPeriodUnits.',
    'Validity of the renewed CA certificate, in RenewalValidityPeriod units.': 'Validité du certificat d’AC renouvelé, en unités de RenewalValidityPeriod.',
    'Unit of CRLPeriodUnits.': 'Unité de CRLPeriodUnits.',
    'Validity of the base CRL, in CRLPeriod units.': 'Validité de la liste de révocation de base, en unités de CRLPeriod.',
    'Unit of CRLDeltaPeriodUnits.': 'Unité de CRLDeltaPeriodUnits.',
    'Validity of the delta CRL; 0 disables delta CRLs.': 'Validité de la liste de révocation delta ; 0 désactive les listes delta.',
    'Unit of CRLOverlapUnits (seen in real files; not on the syntax page).':
      'Unité de CRLOverlapUnits (vu dans des fichiers réels ; absent de la page de syntaxe).',
    'CRL overlap, in CRLOverlapPeriod units (seen in real files; not on the syntax page).':
      'Chevauchement de la liste de révocation, en unités de CRLOverlapPeriod (vu dans des fichiers réels ; absent de la page de syntaxe).',
    'Clock skew allowance for issued certificates, in minutes.': 'Décalage d’horloge toléré pour les certificats émis, en minutes.',
    'Enterprise CA only: publish the default templates at install (True/False or 1/0).':
      'AC d’entreprise seulement : publier les modèles par défaut à l’installation (True/False ou 1/0).',
    '1: sign with PKCS #1 v2.1 (RSASSA-PSS) parameters.': '1 : signer avec des paramètres PKCS #1 v2.1 (RSASSA-PSS).',
    '1: encode subject and issuer names as UTF-8.': '1 : coder les noms du sujet et de l’émetteur en UTF-8.',
    '1: count key uses (only with an HSM that supports it).': '1 : compter les utilisations de la clé (seulement avec un HSM qui le prend en charge).',
    '1: list every provider in the setup wizard (certsrv.h).': '1 : lister chaque fournisseur dans l’assistant d’installation (certsrv.h).',
    'Older spelling read at renewal (certsrv.h).': 'Ancienne orthographe lue au renouvellement (certsrv.h).',
    'Seen in scripts; not on the syntax page.': 'Vu dans des scripts ; absent de la page de syntaxe.',
    'Seen in scripts (`RSASHA256`); not on the syntax page.': 'Vu dans des scripts (`RSASHA256`) ; absent de la page de syntaxe.',
    'The policy OID, e.g. `2.5.29.32.0` (any policy).': 'L’OID de la stratégie, par exemple `2.5.29.32.0` (toute stratégie).',
    'User notice text; quote it when it has spaces.': 'Texte de l’avis à l’utilisateur ; mettez-le entre guillemets s’il contient des espaces.',
    'Where the policy statement (CPS) is published.': 'Où la déclaration de stratégie (CPS) est publiée.',
    'Always `"$Windows NT$"`, with straight quotes.': 'Toujours `"$Windows NT$"`, avec des guillemets droits.',
    'Comma-separated names of the policy sections (each `[Name]` holds OID, Notice, URL).':
      'Noms, séparés par des virgules, des sections de stratégie (chaque `[Name]` contient OID, Notice, URL).',
    'Mark the extension critical.': 'Marquer l’extension comme critique.',
    'Comma-separated names of the application policy sections.': 'Noms, séparés par des virgules, des sections de stratégie d’application.',
    'How many CA levels may follow below this CA.': 'Combien de niveaux d’AC peuvent suivre sous cette AC.',
    'A CRL location (http, ldap, file). HTTPS is not supported.': 'Un emplacement de liste de révocation (http, ldap, file). HTTPS n’est pas pris en charge.',
    'A CA certificate location (http, ldap, file). HTTPS is not supported.':
      'Un emplacement du certificat de l’AC (http, ldap, file). HTTPS n’est pas pris en charge.',
    'One enhanced key usage OID, e.g. `1.3.6.1.5.5.7.3.1` (server authentication).':
      'Un OID d’utilisation améliorée de la clé, par exemple `1.3.6.1.5.5.7.3.1` (authentification du serveur).',
    'Skip count before an explicit policy is required.': 'Compteur de saut avant qu’une stratégie explicite soit exigée.',
    'Skip count before policy mapping is inhibited.': 'Compteur de saut avant que le mappage de stratégie soit inhibé.',
    'Skip count before an explicit application policy is required.': 'Compteur de saut avant qu’une stratégie d’application explicite soit exigée.',
    'Skip count before application policy mapping is inhibited.': 'Compteur de saut avant que le mappage de stratégie d’application soit inhibé.',
    'The section listing permitted names (DNS, email, UPN, IPAddress, DirectoryName ...).':
      'La section qui liste les noms autorisés (DNS, e-mail, UPN, IPAddress, DirectoryName ...).',
    'The section listing excluded names.': 'La section qui liste les noms exclus.',
    // Repair notes and refusals
    '{first} is in the folder with other content, so it was kept and this file is {file}.':
      '{first} se trouve déjà dans le dossier avec un autre contenu : il a été conservé et ce fichier s’appelle {file}.',
    '{file} and every numbered copy of it already exist in the folder.': '{file} et chacune de ses copies numérotées existent déjà dans le dossier.',
    'Every name for the repair scripts is taken in the folder.': 'Tous les noms des scripts de réparation sont déjà pris dans le dossier.',
    'Serial {serial}: {reason}': 'Numéro de série {serial} : {reason}',
    'choose the store first.': 'choisissez d’abord le magasin.',
    'No certificate in this dump needs a KeySpec repair.': 'Aucun certificat de cette sortie n’a besoin d’une réparation de KeySpec.',
    'None of these certificates needs a KeySpec repair.': 'Aucun de ces certificats n’a besoin d’une réparation de KeySpec.',
    'No certificate to repair.': 'Aucun certificat à réparer.',
    'The store choice must be the machine or the user store.': 'Le magasin choisi doit être celui de l’ordinateur ou celui de l’utilisateur.',
    'This diagnostic carries no repair.': 'Ce diagnostic ne porte aucune réparation.',
    'The dump shows no Provider line for this key.': 'La sortie n’affiche pas de ligne « Fournisseur » (Provider) pour cette clé.',
    'The dump does not show the store of this certificate.': 'La sortie n’affiche pas le magasin de ce certificat.',
    'no store name': 'aucun nom de magasin',
    'The dump contradicts itself about which store the certificate is in ({found}): choose the store before a repair is written.':
      'La sortie se contredit sur le magasin où se trouve le certificat ({found}) : choisissez le magasin avant qu’une réparation soit écrite.',
    "The dump comes from {source} with -service: a service's store needs its service name, so write this repair by hand.":
      'La sortie provient de {source} avec -service : le magasin d’un service demande le nom de ce service, écrivez donc cette réparation à la main.',
    'The dump comes from {source} with -grouppolicy: group-policy stores are rewritten by policy, so repair the certificate where the policy gets it from.':
      'La sortie provient de {source} avec -grouppolicy : les magasins de stratégie de groupe sont réécrits par la stratégie, réparez donc le certificat là où la stratégie le prend.',
    'The dump is outside the workspace: pick the folder to write the repair files to.':
      'La sortie est hors de l’espace de travail : choisissez le dossier où écrire les fichiers de réparation.',
    'The dump is outside the workspace: pass the folder to write the repair files to as the second argument.':
      'La sortie est hors de l’espace de travail : passez en second argument le dossier où écrire les fichiers de réparation.',
    "The dump is outside the workspace: run {command} as the certificate's owner.":
      'La sortie est hors de l’espace de travail : exécutez {command} en tant que propriétaire du certificat.',
    'The dump is outside the workspace: run {command} from an elevated prompt.':
      'La sortie est hors de l’espace de travail : exécutez {command} depuis une invite de commandes en tant qu’administrateur.',
    'No free file name for the KeyProv INF beside the dump.': 'Aucun nom de fichier libre pour l’INF KeyProv à côté de la sortie.',
    'No free file name for the repair script beside the dump.': 'Aucun nom de fichier libre pour le script de réparation à côté de la sortie.',
    'The repair does not say whether the certificate is in the machine or the user store.':
      'La réparation n’indique pas si le certificat est dans le magasin de l’ordinateur ou de l’utilisateur.',
    'The serial number "{serial}" is not plain hex, so it cannot be passed to certutil safely.':
      'Le numéro de série « {serial} » n’est pas purement hexadécimal : il ne peut donc pas être passé à certutil sans risque.',
    'The serial number {serial} is too long to name a file after.': 'Le numéro de série {serial} est trop long pour nommer un fichier.',
    'The store name "{store}" is not a plain store name.': 'Le nom de magasin « {store} » n’est pas un simple nom de magasin.',
    'The store name {store} is longer than {n} characters.': 'Le nom de magasin {store} dépasse {n} caractères.',
    'The subject "{value}" is longer than {n} characters, more than a script comment should carry.':
      'Le sujet « {value} » dépasse {n} caractères, plus que ce qu’un commentaire de script devrait porter.',
    'The Flags value {value} is not a 32-bit number, so it cannot be written as dwFlags.':
      'La valeur Flags {value} n’est pas un nombre de 32 bits : elle ne peut donc pas être écrite comme dwFlags.',
    'The container name "{value}" {problem}. Write this KeyProv.inf by hand and check it with certutil.':
      'Le nom du conteneur « {value} » {problem}. Écrivez ce KeyProv.inf à la main et vérifiez-le avec certutil.',
    'The provider name "{value}" {problem}. Write this KeyProv.inf by hand and check it with certutil.':
      'Le nom du fournisseur « {value} » {problem}. Écrivez ce KeyProv.inf à la main et vérifiez-le avec certutil.',
    'is missing': 'est absent',
    'is empty': 'est vide',
    'is longer than {n} characters, which no real key has': 'dépasse {n} caractères, ce qu’aucune vraie clé n’a',
    'contains & or " or %, which a KeyProv.inf cannot carry': 'contient & ou " ou %, qu’un KeyProv.inf ne peut pas porter',
    'contains characters outside printable ASCII, which certutil may misread in an INF':
      'contient des caractères hors de l’ASCII imprimable, que certutil risque de mal lire dans un INF',
    'starts or ends with a space, which certutil may trim': 'commence ou finit par une espace, que certutil risque de supprimer',
    'looks like a template placeholder, not a value copied from a dump': 'ressemble à un espace réservé de modèle, pas à une valeur copiée d’une sortie',
    'KeySpec {keySpec} with ProviderType {providerType} is not a key spec a KeyProv.inf can carry.':
      'KeySpec {keySpec} avec ProviderType {providerType} n’est pas une spécification de clé qu’un KeyProv.inf peut porter.',
    'The file name "{file}" is not a plain file name (letters, digits, . _ -).':
      'Le nom de fichier « {file} » n’est pas un simple nom de fichier (lettres, chiffres, . _ -).',
    'The file name "{file}" is not a plain file name.': 'Le nom de fichier « {file} » n’est pas un simple nom de fichier.',
    'The file name "{file}" cannot be passed to a script safely.': 'Le nom de fichier « {file} » ne peut pas être passé à un script sans risque.',
    'The dump does not show the {what} of this certificate, so no rollback INF can restore it.':
      'La sortie n’affiche pas le {what} de ce certificat : aucun INF de restauration ne peut donc le rétablir.',
    'The {what} value {value} is not a 32-bit number.': 'La valeur {what} {value} n’est pas un nombre de 32 bits.',
    'The certificates come from more than one store; repair each store on its own.':
      'Les certificats viennent de plusieurs magasins ; réparez chaque magasin séparément.',
    'A certificate is listed twice; each serial number can be repaired once per script.':
      'Un certificat figure deux fois ; chaque numéro de série ne peut être réparé qu’une fois par script.',
    'The name is empty.': 'Le nom est vide.',
    '"{name}" is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9), not a file.':
      '« {name} » est un nom de périphérique sous Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9), pas un fichier.',
    '"{name}" ends in a dot or a space, which Windows drops: the file would be another one.':
      '« {name} » se termine par un point ou une espace, que Windows supprime : ce serait un autre fichier.',
    '"{name}" holds a character that Windows does not allow in a file name.':
      '« {name} » contient un caractère que Windows n’autorise pas dans un nom de fichier.',
    'The folder to write the repair files to is empty.': 'Le dossier où écrire les fichiers de réparation est vide.',
    '"{uri}" is not a URI.': '« {uri} » n’est pas un URI.',
    'Repair files are written to {where} only, not to {scheme}:.': 'Les fichiers de réparation ne sont écrits que dans des {where}, pas dans {scheme}:.',
    'local folders (file: URIs)': 'dossiers locaux (URI file:)',
    '{schemes} folders': 'dossiers {schemes}',
    '"{uri}" climbs above the root of the disk.': '« {uri} » remonte au-dessus de la racine du disque.',
    'The folder {uri} cannot be written to: {reason}': 'Impossible d’écrire dans le dossier {uri} : {reason}',
    'The dump is not open in the editor.': 'La sortie n’est pas ouverte dans l’éditeur.',
    'The server could not write the repair files; see the Certutil output channel.':
      'Le serveur n’a pas pu écrire les fichiers de réparation ; voir le canal de sortie « Certutil ».',
    'The server could not generate the repair files; see the Certutil output channel.':
      'Le serveur n’a pas pu générer les fichiers de réparation ; voir le canal de sortie « Certutil ».',
    'The document changed while this was computed.': 'Le document a changé pendant ce calcul.',
    'The dump changed while the repair files were planned.': 'La sortie a changé pendant la préparation des fichiers de réparation.',
    '{uri} is not an open certutil dump': '{uri} n’est pas une sortie certutil ouverte',
    'Unknown command {command}': 'Commande inconnue {command}',
    "{command} takes the dump's URI": '{command} attend l’URI de la sortie',
    'The folder must be a URI string.': 'Le dossier doit être une chaîne URI.',
    'Show {file} (already written)': 'Afficher {file} (déjà écrit)',
    'Choose the store, then generate KeyProv.inf (KeySpec=1) for serial {serial}':
      'Choisir le magasin, puis générer KeyProv.inf pour le numéro de série {serial} (KeySpec=1)',
    'Choose the store, then generate the key repair for serial {serial}':
      'Choisir le magasin, puis générer la réparation de la clé pour le numéro de série {serial}',
    '{path} cannot be read ({reason}), so its settings are not used.': '{path} ne peut pas être lu ({reason}) : ses paramètres ne sont donc pas utilisés.',
    'the echoed command "{command}"': 'la commande affichée « {command} »',
    'AccessState {value} (local machine system store)': 'AccessState {value} (magasin système de l’ordinateur local)',
    "AccessState {value} (a system store that is not the local machine's)": 'AccessState {value} (un magasin système autre que celui de l’ordinateur local)',
    "Run {command} (as the certificate's owner): without an INF, certutil searches the key providers for the key that matches the certificate. If none does, the key is gone: restore it from a backup (PFX) or renew with a new key.":
      'Exécutez {command} en tant que propriétaire du certificat : sans INF, certutil cherche parmi les fournisseurs de clés la clé qui correspond au certificat. Si aucune ne correspond, la clé est perdue : restaurez-la depuis une sauvegarde (PFX) ou renouvelez avec une nouvelle clé.',
    '{advice} The dump does not settle which store the certificate is in: the quick fix asks first.':
      '{advice} La sortie ne permet pas de savoir dans quel magasin se trouve le certificat : le correctif rapide le demande d’abord.',
    'The dump contradicts itself about whether the certificate is in the machine or the user store ({a}; {b}): choose the store before a repair is written.':
      'La sortie se contredit sur la présence du certificat dans le magasin de l’ordinateur ou de l’utilisateur ({a}; {b}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump contradicts itself about whether the certificate is in the machine or the user store ({a}; {b}; {c}): choose the store before a repair is written.':
      'La sortie se contredit sur la présence du certificat dans le magasin de l’ordinateur ou de l’utilisateur ({a}; {b}; {c}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump contradicts itself about which store the certificate is in ({a}; {b}): choose the store before a repair is written.':
      'La sortie se contredit sur le magasin où se trouve le certificat ({a}; {b}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump contradicts itself about which store the certificate is in ({a}; {b}; {c}): choose the store before a repair is written.':
      'La sortie se contredit sur le magasin où se trouve le certificat ({a}; {b}; {c}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'The dump shows {missing} for this certificate (only {a}; {b}): choose the store before a repair is written.':
      'La sortie n’affiche, pour ce certificat, {missing} (seulement {a}; {b}) : choisissez le magasin avant qu’une réparation soit écrite.',
    'expected a JSON object of settings': 'un objet JSON de paramètres est attendu',
  },
};
